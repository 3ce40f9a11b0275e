using System.Collections.Frozen;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// The inflected forms of an English word, for phrase lists that write a word once as
/// <c>&lt;give&gt;</c> and match "give", "gives", "gave", "given", "giving". Regular endings are
/// derived by rule; the irregular verbs newswire English uses are listed.
/// Over-generation is harmless here: a form that is not English never occurs in the text.
/// </summary>
internal static class EnglishInflections
{
    /// <summary>base → past, participle.</summary>
    private static readonly FrozenDictionary<string, (string Past, string Participle)> Irregular = new Dictionary<string, (string, string)>
    {
        ["be"] = ("was", "been"), ["become"] = ("became", "become"), ["begin"] = ("began", "begun"), ["break"] = ("broke", "broken"),
        ["bring"] = ("brought", "brought"), ["build"] = ("built", "built"), ["buy"] = ("bought", "bought"), ["catch"] = ("caught", "caught"),
        ["choose"] = ("chose", "chosen"), ["come"] = ("came", "come"), ["cut"] = ("cut", "cut"), ["deal"] = ("dealt", "dealt"),
        ["do"] = ("did", "done"), ["draw"] = ("drew", "drawn"), ["drive"] = ("drove", "driven"), ["eat"] = ("ate", "eaten"),
        ["fall"] = ("fell", "fallen"), ["feel"] = ("felt", "felt"), ["fight"] = ("fought", "fought"), ["find"] = ("found", "found"),
        ["fly"] = ("flew", "flown"), ["forbid"] = ("forbade", "forbidden"), ["forget"] = ("forgot", "forgotten"), ["get"] = ("got", "got"),
        ["give"] = ("gave", "given"), ["go"] = ("went", "gone"), ["grow"] = ("grew", "grown"), ["hang"] = ("hung", "hung"),
        ["have"] = ("had", "had"), ["hear"] = ("heard", "heard"), ["hide"] = ("hid", "hidden"), ["hit"] = ("hit", "hit"),
        ["hold"] = ("held", "held"), ["keep"] = ("kept", "kept"), ["know"] = ("knew", "known"), ["lay"] = ("laid", "laid"),
        ["lead"] = ("led", "led"), ["leave"] = ("left", "left"), ["lend"] = ("lent", "lent"), ["let"] = ("let", "let"),
        ["lie"] = ("lay", "lain"), ["lose"] = ("lost", "lost"), ["make"] = ("made", "made"), ["mean"] = ("meant", "meant"),
        ["meet"] = ("met", "met"), ["pay"] = ("paid", "paid"), ["put"] = ("put", "put"), ["quit"] = ("quit", "quit"),
        ["read"] = ("read", "read"), ["ride"] = ("rode", "ridden"), ["ring"] = ("rang", "rung"), ["rise"] = ("rose", "risen"),
        ["run"] = ("ran", "run"), ["say"] = ("said", "said"), ["see"] = ("saw", "seen"), ["seek"] = ("sought", "sought"),
        ["sell"] = ("sold", "sold"), ["send"] = ("sent", "sent"), ["set"] = ("set", "set"), ["shake"] = ("shook", "shaken"),
        ["shoot"] = ("shot", "shot"), ["show"] = ("showed", "shown"), ["shut"] = ("shut", "shut"), ["sit"] = ("sat", "sat"),
        ["speak"] = ("spoke", "spoken"), ["spend"] = ("spent", "spent"), ["stand"] = ("stood", "stood"), ["steal"] = ("stole", "stolen"),
        ["strike"] = ("struck", "struck"), ["swear"] = ("swore", "sworn"), ["take"] = ("took", "taken"), ["teach"] = ("taught", "taught"),
        ["tear"] = ("tore", "torn"), ["tell"] = ("told", "told"), ["think"] = ("thought", "thought"), ["throw"] = ("threw", "thrown"),
        ["understand"] = ("understood", "understood"), ["undertake"] = ("undertook", "undertaken"), ["win"] = ("won", "won"),
        ["withdraw"] = ("withdrew", "withdrawn"), ["write"] = ("wrote", "written"), ["wear"] = ("wore", "worn"), ["bear"] = ("bore", "borne"),
        ["beat"] = ("beat", "beaten"), ["bet"] = ("bet", "bet"), ["bind"] = ("bound", "bound"), ["bite"] = ("bit", "bitten"),
        ["blow"] = ("blew", "blown"), ["feed"] = ("fed", "fed"), ["flee"] = ("fled", "fled"), ["freeze"] = ("froze", "frozen"),
        ["light"] = ("lit", "lit"), ["overcome"] = ("overcame", "overcome"), ["slide"] = ("slid", "slid"), ["spread"] = ("spread", "spread"),
        ["sink"] = ("sank", "sunk"), ["sing"] = ("sang", "sung"), ["sleep"] = ("slept", "slept"), ["stick"] = ("stuck", "stuck"),
        ["swim"] = ("swam", "swum"), ["upset"] = ("upset", "upset"), ["wake"] = ("woke", "woken"), ["weep"] = ("wept", "wept"),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every form of <paramref name="word"/>: itself, -s, -ed, -ing (and the irregular past and participle).</summary>
    public static IReadOnlyList<string> Forms(string word)
    {
        var forms = new List<string> { word };
        if (word.Length < 2)
        {
            return forms;
        }

        var last = word[^1];
        var stem = word[..^1];
        var consonantY = last == 'y' && !IsVowel(word[^2]);

        // -s: "steps", "passes", "carries".
        forms.Add(consonantY ? stem + "ies" : EndsWithSibilant(word) ? word + "es" : word + "s");
        if (last == 'o')
        {
            // "goes", "does", "vetoes" beside "photos".
            forms.Add(word + "es");
        }

        if (Irregular.TryGetValue(word, out var irregular))
        {
            forms.Add(irregular.Past);
            forms.Add(irregular.Participle);
            if (word == "be")
            {
                forms.AddRange(["is", "are", "were", "am", "being"]);
            }
        }
        else if (consonantY)
        {
            forms.Add(stem + "ied");
        }
        else if (last == 'e')
        {
            forms.Add(word + "d");
        }
        else
        {
            forms.Add(word + "ed");
            if (DoublesFinal(word))
            {
                forms.Add(word + last + "ed");
            }
        }

        // -ing: "giving", "putting", "carrying".
        forms.Add(last == 'e' && word.Length > 2 && word[^2] != 'e' ? stem + "ing" : DoublesFinal(word) ? word + last + "ing" : word + "ing");
        if (DoublesFinal(word))
        {
            forms.Add(word + "ing");
        }

        return forms.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static bool IsVowel(char c) => "aeiou".Contains(char.ToLowerInvariant(c));

    private static bool EndsWithSibilant(string word) =>
        word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal);

    /// <summary>Short words ending consonant-vowel-consonant double the consonant: "put" → "putting", "step" → "stepped".</summary>
    private static bool DoublesFinal(string word) =>
        word.Length is >= 3 and <= 4 && !IsVowel(word[^1]) && word[^1] is not ('w' or 'x' or 'y') && IsVowel(word[^2]) && !IsVowel(word[^3]);
}
