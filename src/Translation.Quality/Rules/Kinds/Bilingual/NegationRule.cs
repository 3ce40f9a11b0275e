using System.Collections.Frozen;
using Translation.Quality.Yaml;
using Translation.Quality.Documents;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// <c>kind: negation</c> — one side of a pair negates and the other does not: a "not" the source
/// lacks, or a "ne … pas" / "no" / "nicht" the translation lost. A negation is counted once per
/// clause, so double negatives ("ne … jamais personne", "no … nada", "not … any") and
/// negative-polarity words ("any", "ever", "aucun" after "ne") add nothing; "ne … que" ("only") and
/// fixed phrases ("sans doute", "no obstante", "nicht nur", "not only") are no negation. A
/// translation that carries the negation in a word ("failed", "refused", "impossible"; <c>implicit</c>)
/// is no mismatch either.
/// </summary>
internal sealed class NegationRule : IRule
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> Cues = new Dictionary<string, FrozenSet<string>>
    {
        ["en"] = Set("not", "n't", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "nowhere", "cannot", "can't", "won't",
            "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "wouldn't", "shouldn't", "couldn't", "mustn't"),
        ["fr"] = Set("ne", "n'", "sans", "non", "ni", "jamais", "aucun", "aucune", "nullement", "guère"),
        ["es"] = Set("no", "nunca", "jamás", "ni", "ningún", "ninguno", "ninguna", "nada", "nadie", "sin", "tampoco"),
        ["de"] = Set("nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "keinerlei", "nie", "niemals", "nichts", "niemand", "niemanden", "niemandem",
            "weder", "ohne", "nirgends", "nirgendwo"),
    }.ToFrozenDictionary();

    /// <summary>Fixed phrases that contain a negation word and negate nothing.</summary>
    private static readonly FrozenDictionary<string, string[]> NotNegations = new Dictionary<string, string[]>
    {
        ["en"] = ["not only", "no doubt", "no longer than", "nothing but", "no sooner", "without doubt", "not least", "no matter", "none other", "no less than",
            "not just", "no more than", "not more than", "no fewer than", "not less than", "no later than", "not later than", "no earlier than"],
        ["fr"] = ["sans doute", "non seulement", "n'importe", "ne serait-ce", "sans cesse", "non loin", "ni plus ni moins", "sans compter", "non plus", "pas moins de",
            "pas plus de", "au plus tard", "non sans"],
        ["es"] = ["no obstante", "sin embargo", "no sólo", "no solo", "no solamente", "sin duda", "no sin", "ni siquiera", "no más de", "no menos de"],
        ["de"] = ["nicht nur", "ohne zweifel", "nicht zuletzt", "nichtsdestotrotz", "nicht einmal", "nicht mehr als", "nicht weniger als"],
    }.ToFrozenDictionary();

    /// <summary>The fixed phrases split into words once.</summary>
    private static readonly FrozenDictionary<string, string[][]> Phrases = NotNegations.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Select(p => p.Split(' ')).ToArray());

    /// <summary>English words that carry a negation in their meaning ("failed" for "n'a pas réussi").</summary>
    private static readonly string[] DefaultImplicit =
    [
        "fail", "fails", "failed", "failing", "failure", "refuse", "refuses", "refused", "refusing", "refusal", "deny", "denies", "denied", "denial",
        "reject", "rejects", "rejected", "decline", "declines", "declined", "lack", "lacks", "lacked", "lacking", "unable", "absent", "absence",
        "avoid", "avoided", "impossible", "unlikely", "unclear", "unknown", "unaware", "unprecedented", "illegal", "insufficient", "inadequate",
        "hardly", "barely", "scarcely", "rarely", "seldom", "miss", "missed", "ignore", "ignored", "ban", "banned", "prevent", "prevented",
        "exempt", "unanswered", "unresolved", "unharmed", "unless", "little", "few", "discouraged", "discourage", "except", "cease", "ceased",
        "at most", "spared", "zero", "nil", "only", "ever", "any", "anyone", "anything", "anybody", "anywhere",
    ];

    /// <summary>Source words (stems end in '*') that carry a negation in their meaning: "manque", "rechazó", "fehlt", "höchstens".</summary>
    private static readonly FrozenDictionary<string, string[]> SourceImplicit = new Dictionary<string, string[]>
    {
        ["fr"] = ["manqu*", "faute", "refus*", "rejet*", "rejett*", "échou*", "échec*", "impossible*", "interdi*", "absence", "absent*", "peu", "nier", "nie", "nient",
            "démen*", "sauf", "hormis", "excepté", "indisponible*", "inconnu*", "introuvable*", "incapable*", "déconseill*", "empêch*", "évit*", "à moins", "ignor*", "insuffisan*"],
        ["es"] = ["falt*", "carec*", "rechaz*", "negó", "niega", "niegan", "negaron", "negar", "impid*", "imposible*", "prohib*", "ausen*", "apenas", "salvo", "excepto",
            "poco", "poca", "pocos", "pocas", "desconoc*", "incapa*", "evit*", "insuficien*", "desaconsej*", "a menos"],
        ["de"] = ["fehl*", "mangel*", "ablehn*", "abgelehnt*", "verweiger*", "weiger*", "verzicht*", "verbot*", "unmöglich*", "kaum", "ausgeschlossen", "wenig*",
            "außer", "frühestens", "höchstens", "unbekannt*", "unklar*", "verhinder*", "vermied*", "vermeid*", "abgeraten", "abrat*"],
        ["en"] = [],
    }.ToFrozenDictionary();

    private readonly FrozenSet<string> _implicit;

    private NegationRule(RuleInfo info, FrozenSet<string> implicitNegatives)
    {
        Info = info;
        _implicit = implicitNegatives;
    }

    public RuleInfo Info { get; }

    public bool NeedsSource => true;

    public void Check(RuleContext context)
    {
        var bilingual = context.Bilingual;
        if (bilingual is null)
        {
            return;
        }

        foreach (var view in LinkView.All(context))
        {
            // Quieter where the alignment is unsure: the other side's negation may sit in a neighbour.
            if (view.Target is not { } t || view.Source is not { } s || view.LowConfidence || view.Untranslated)
            {
                continue;
            }

            var sourceCues = Negations(bilingual.Source, s, bilingual.SourceLanguage);
            var targetCues = Negations(context.Text, t, context.Article.TargetLanguage);
            if ((sourceCues.Count == 0) == (targetCues.Count == 0))
            {
                continue;
            }

            // The side without a negation may carry it in a word: "failed" for "n'a pas réussi", "keine" for "unable".
            var (plainText, plainRange, plainLanguage) = targetCues.Count > 0 ? (bilingual.Source, s, bilingual.SourceLanguage) : (context.Text, t, context.Article.TargetLanguage);
            if (HasImplicit(plainText, plainRange, plainLanguage))
            {
                continue;
            }

            if (targetCues.Count > 0)
            {
                var cue = targetCues[0];
                context.Report(cue.Start, cue.End, $"The translation negates ('{context.Text[cue.Start..cue.End]}') where its source does not.", Info.Suggestion, bilingual.SpanOf(s));
            }
            else
            {
                var cue = sourceCues[0];
                context.Report(t.Start, t.End, $"The source negates ('{bilingual.Source[cue.Start..cue.End]}') and the translation does not.", Info.Suggestion, bilingual.SpanOf(cue));
            }
        }
    }

    private bool HasImplicit(string text, TextSpan range, string language)
    {
        var words = Words(text, range).ToList();
        if (language == "en")
        {
            var joined = " " + string.Join(' ', words) + " ";
            return words.Any(w => _implicit.Contains(w) || (w.StartsWith("un", StringComparison.Ordinal) && w.Length > 6 && !w.StartsWith("unit", StringComparison.Ordinal) && !w.StartsWith("under", StringComparison.Ordinal)))
                || _implicit.Any(p => p.Contains(' ', StringComparison.Ordinal) && joined.Contains(" " + p + " ", StringComparison.Ordinal));
        }

        var stems = SourceImplicit.GetValueOrDefault(language) ?? [];
        var text2 = " " + string.Join(' ', words) + " ";
        return stems.Any(p => p.Contains(' ', StringComparison.Ordinal) ? text2.Contains(" " + p + " ", StringComparison.Ordinal)
            : words.Any(w => p.EndsWith('*') ? w.StartsWith(p[..^1], StringComparison.Ordinal) : w == p));
    }

    /// <summary>The first word of each negated clause in a range.</summary>
    private static List<TextSpan> Negations(string text, TextSpan range, string language)
    {
        var result = new List<TextSpan>();
        if (!Cues.TryGetValue(language, out var cues))
        {
            return result;
        }

        var words = BilingualWords.Words(text, range.Start, range.End);
        var folded = words.Select(w => text[w.Start..w.End].ToLowerInvariant().Replace('\u2019', '\'')).ToList();
        var skipUntil = -1;
        var clauseNegated = false;
        for (var i = 0; i < words.Count; i++)
        {
            // A comma, semicolon or colon before this word closes the clause.
            if (i > 0 && text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).IndexOfAny(",;:()") >= 0)
            {
                clauseNegated = false;
            }

            if (i <= skipUntil)
            {
                continue;
            }

            var phrase = Phrases[language].FirstOrDefault(p => p[0] == folded[i] || (p.Length == 1 && p[0].EndsWith('\'') && folded[i].StartsWith(p[0], StringComparison.Ordinal)) ? Matches(folded, i, p) : false);
            if (phrase is not null)
            {
                skipUntil = i + phrase.Length - 1;
                continue;
            }

            var word = folded[i];
            var cueSpan = words[i];
            var isCue = cues.Contains(word);
            if (language == "fr" && (word.StartsWith("n'", StringComparison.Ordinal) || word == "ne"))
            {
                // Without "pas", "plus", "jamais" … a "ne" is expletive ("avant qu'il ne parte") or "ne … que" ("only").
                isCue = SecondParticle(folded, i);
                cueSpan = word.StartsWith("n'", StringComparison.Ordinal) ? new TextSpan(words[i].Start, words[i].Start + 2) : words[i];
            }
            else if (language == "en" && (word.EndsWith("n't", StringComparison.Ordinal) || word.StartsWith("non-", StringComparison.Ordinal)))
            {
                isCue = true;
            }
            else if (language == "fr" && word == "non" && i + 1 < folded.Count && folded[i + 1].Length > 0 && text[words[i].End] == '-')
            {
                isCue = false;
            }

            if (!isCue || clauseNegated)
            {
                continue;
            }

            result.Add(cueSpan);
            clauseNegated = true;
        }

        return result;
    }

    /// <summary>French negation is "ne" with a second particle within a few words; "ne … que" ("only") has none.</summary>
    private static bool SecondParticle(List<string> folded, int at)
    {
        for (var j = at + 1; j < Math.Min(folded.Count, at + 8); j++)
        {
            if (folded[j] is "pas" or "plus" or "jamais" or "rien" or "personne" or "aucun" or "aucune" or "guère" or "point" or "nullement" or "ni" or "nul" or "nulle" or "nulle part")
            {
                return true;
            }

            if (folded[j] is "que" || folded[j].StartsWith("qu'", StringComparison.Ordinal))
            {
                return false;
            }
        }

        // "Personne n'a…", "Rien ne…", "Aucun … n'a": the particle came first.
        for (var j = Math.Max(0, at - 6); j < at; j++)
        {
            if (folded[j] is "personne" or "rien" or "aucun" or "aucune" or "jamais" or "nul" or "nulle" or "ni")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(List<string> folded, int at, string[] parts)
    {
        if (at + parts.Length > folded.Count)
        {
            return false;
        }

        for (var k = 0; k < parts.Length; k++)
        {
            if (folded[at + k] != parts[k] && !(k == parts.Length - 1 && parts[k].EndsWith('\'') && folded[at + k].StartsWith(parts[k], StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> Words(string text, TextSpan range) =>
        BilingualWords.Words(text, range.Start, range.End).Select(w => text[w.Start..w.End].ToLowerInvariant());

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    public sealed class Kind : IRuleKind
    {
        public string Name => "negation";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            new NegationRule(info, WordLists.Set(parameters, "implicit", defaults: DefaultImplicit));
    }
}
