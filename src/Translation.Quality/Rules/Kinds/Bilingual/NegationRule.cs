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
/// is no mismatch either, unless the negating side has that word too. Litotes affirm ("n'exclut pas",
/// "nicht unwichtig", "did not rule out"), and exclusion ("a exclu", "descartó", "ruled out") negates.
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
        "at most", "spared", "zero", "nil", "only", "ever", "any", "anyone", "anything", "anybody", "anywhere", "same", "unchanged", "first … since",
        "first … in", "too … to", "fell short", "fall short", "falls short", "stay away", "stayed away", "stays away", "ruled against", "kept away",
    ];

    /// <summary>Source words (stems end in '*') that carry a negation in their meaning: "manque", "rechazó", "fehlt", "höchstens".</summary>
    private static readonly FrozenDictionary<string, string[]> SourceImplicit = new Dictionary<string, string[]>
    {
        ["fr"] = ["manqu*", "faute", "refus*", "rejet*", "rejett*", "échou*", "échec*", "impossible*", "interdi*", "absence", "absent*", "peu", "nier", "nie", "nient",
            "démen*", "défaill*", "privé*", "sauf", "hormis", "excepté", "indisponible*", "inconnu*", "introuvable*", "incapable*", "déconseill*", "empêch*", "évit*", "à moins", "ignor*", "insuffisan*"],
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

            var sourceCues = Negations(bilingual.Source, s, bilingual.SourceLanguage, out var sourceLitotes);
            var targetCues = Negations(context.Text, t, context.Article.TargetLanguage, out var targetLitotes);
            if (sourceCues.Count == 0 && targetCues.Count == 0)
            {
                NearNegation(context, bilingual, t, s);
                continue;
            }

            if ((sourceCues.Count == 0) == (targetCues.Count == 0))
            {
                continue;
            }

            // The side without a negation may carry it in a word: "failed" for "n'a pas réussi", "keine" for "unable".
            var (plainText, plainRange, plainLanguage) = targetCues.Count > 0 ? (bilingual.Source, s, bilingual.SourceLanguage) : (context.Text, t, context.Article.TargetLanguage);
            // Only a word the negating side lacks answers for its negation ("prohibición" / "ban" is in both), and
            // never on a side that affirms by litotes ("did not rule out … a failure").
            var (negText, negRange, negLanguage) = targetCues.Count > 0 ? (context.Text, t, context.Article.TargetLanguage) : (bilingual.Source, s, bilingual.SourceLanguage);
            var plainLitotes = targetCues.Count > 0 ? sourceLitotes : targetLitotes;
            if (!plainLitotes && Implicit(plainText, plainRange, plainLanguage) > Implicit(negText, negRange, negLanguage))
            {
                continue;
            }

            // A source that negates only with "sin", "sans", "ohne" and a translation with a "-less" word: "sin hogar" / "homeless".
            if (targetCues.Count == 0 && sourceCues.All(c => bilingual.Source.AsSpan(c.Start, c.Length).ToString().ToLowerInvariant() is "sin" or "sans" or "ohne")
                && Words(context.Text, t).Any(w => w.Length > 6 && w.EndsWith("less", StringComparison.Ordinal) && w is not ("unless" or "regardless" or "nevertheless" or "nonetheless")))
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

    /// <summary>Words that all but negate: "kaum höher" is no "much higher".</summary>
    private static readonly FrozenDictionary<string, string[]> NearNegations = new Dictionary<string, string[]>
    {
        ["de"] = ["kaum"],
        ["fr"] = ["à peine"],
        ["en"] = ["hardly", "barely", "scarcely"],
        ["es"] = [],
    }.ToFrozenDictionary();

    /// <summary>Neither side negates, one all but does ("kaum", "hardly"), and the other has no word that says so.</summary>
    private void NearNegation(RuleContext context, Alignment.BilingualText bilingual, TextSpan t, TextSpan s)
    {
        var inSource = Near(bilingual.Source, s, bilingual.SourceLanguage);
        var inTarget = Near(context.Text, t, context.Article.TargetLanguage);
        if ((inSource is null) == (inTarget is null))
        {
            return;
        }

        if (inSource is { } cue && Implicit(context.Text, t, context.Article.TargetLanguage) == 0)
        {
            context.Report(t.Start, t.End, $"The source all but negates ('{bilingual.Source[cue.Start..cue.End]}') and the translation does not.", Info.Suggestion, bilingual.SpanOf(cue));
        }
        else if (inTarget is { } word && Implicit(bilingual.Source, s, bilingual.SourceLanguage) == 0)
        {
            context.Report(word.Start, word.End, $"The translation all but negates ('{context.Text[word.Start..word.End]}') where its source does not.", Info.Suggestion, bilingual.SpanOf(s));
        }
    }

    private static TextSpan? Near(string text, TextSpan range, string language)
    {
        var words = BilingualWords.Words(text, range.Start, range.End);
        foreach (var phrase in NearNegations.GetValueOrDefault(language) ?? [])
        {
            var parts = phrase.Split(' ');
            for (var i = 0; i + parts.Length <= words.Count; i++)
            {
                var k = 0;
                while (k < parts.Length && text.AsSpan(words[i + k].Start, words[i + k].Length).Equals(parts[k], StringComparison.OrdinalIgnoreCase))
                {
                    k++;
                }

                if (k == parts.Length)
                {
                    return new TextSpan(words[i].Start, words[i + parts.Length - 1].End);
                }
            }
        }

        return null;
    }

    /// <summary>How many words of a range carry a negation in their meaning ("failed", "refusé", "fehlt").</summary>
    private int Implicit(string text, TextSpan range, string language)
    {
        var words = Words(text, range).ToList();
        var joined = " " + string.Join(' ', words) + " ";
        if (language == "en")
        {
            return words.Count(w => _implicit.Contains(w) || (w.StartsWith("un", StringComparison.Ordinal) && w.Length > 6 && !w.StartsWith("unit", StringComparison.Ordinal) && !w.StartsWith("under", StringComparison.Ordinal)))
                + _implicit.Count(p => p.Contains(" … ", StringComparison.Ordinal) ? InOrder(words, p.Split(" … ")) : p.Contains(' ', StringComparison.Ordinal) && joined.Contains(" " + p + " ", StringComparison.Ordinal));
        }

        var stems = SourceImplicit.GetValueOrDefault(language) ?? [];
        return words.Count(w => stems.Any(p => !p.Contains(' ', StringComparison.Ordinal) && (p.EndsWith('*') ? w.StartsWith(p[..^1], StringComparison.Ordinal) : w == p)))
            + stems.Count(p => p.Contains(' ', StringComparison.Ordinal) && joined.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    /// <summary>"first … since" ("its first title since 2023" for "had not won since 2023"): the parts in order, five words apart at most.</summary>
    private static bool InOrder(List<string> words, string[] parts)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == parts[0] && words.Skip(i + 1).Take(5).Contains(parts[1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first word of each negated clause in a range.</summary>
    private static List<TextSpan> Negations(string text, TextSpan range, string language, out bool litotes)
    {
        litotes = false;
        var result = new List<TextSpan>();
        if (!Cues.TryGetValue(language, out var cues))
        {
            return result;
        }

        var phrases = Phrases[language];
        var words = BilingualWords.Words(text, range.Start, range.End);

        // "d'aucune", "l'absence": the elision is not the word; "n'" is the negation itself and stays.
        var folded = words.Select(w => Unelided(text[w.Start..w.End].ToLowerInvariant().Replace('\u2019', '\''))).ToList();
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

            string[]? phrase = null;
            foreach (var p in phrases)
            {
                if ((p[0] == folded[i] || (p.Length == 1 && p[0].EndsWith('\'') && folded[i].StartsWith(p[0], StringComparison.Ordinal))) && Matches(folded, i, p))
                {
                    phrase = p;
                    break;
                }
            }

            if (phrase is not null)
            {
                skipUntil = i + phrase.Length - 1;
                continue;
            }

            var word = folded[i];
            var cueSpan = words[i];

            // Exclusion says "not" in a verb: "exclut", "descartan", "ausgeschlossen", "rule out" negate as "not" does.
            if (!clauseNegated && Exclusion(folded, i, language))
            {
                result.Add(cueSpan);
                clauseNegated = true;
                continue;
            }

            var isCue = cues.Contains(word);
            if (language == "fr" && (word.StartsWith("n'", StringComparison.Ordinal) || word == "ne"))
            {
                // Without "pas", "plus", "jamais" … a "ne" is expletive ("avant qu'il ne parte") or "ne … que" ("only").
                isCue = SecondParticle(folded, i);
                cueSpan = word.StartsWith("n'", StringComparison.Ordinal) ? new TextSpan(words[i].Start, words[i].Start + 2) : words[i];
            }
            else if (language == "en" && (word.EndsWith("n't", StringComparison.Ordinal) || word.StartsWith("non-", StringComparison.Ordinal)))
            {
                // "haven't just won …, we've …" is "not only".
                isCue = !(word.EndsWith("n't", StringComparison.Ordinal) && i + 1 < folded.Count && folded[i + 1] is "just" or "only");
            }
            else if (language == "en" && word == "no" && words[i].End < text.Length && text[words[i].End] == '.' && i + 1 < folded.Count && folded[i + 1].Length > 0 && char.IsDigit(folded[i + 1][0]))
            {
                // "the world No. 38": the number sign.
                isCue = false;
            }
            else if (language == "fr" && word == "non" && i + 1 < folded.Count && folded[i + 1].Length > 0 && text[words[i].End] == '-')
            {
                isCue = false;
            }

            if (!isCue || clauseNegated)
            {
                continue;
            }

            // Litotes: a negated negative ("n'exclut pas", "no descartan", "nicht unwichtig", "pas inutile") affirms.
            if (Litotes(folded, i, language) is var negated and >= 0)
            {
                skipUntil = negated;
                litotes = true;
                continue;
            }

            result.Add(cueSpan);
            clauseNegated = true;
        }

        return result;
    }

    /// <summary>Negative predicates that a negation turns into an affirmation (stems end in '*').</summary>
    private static readonly FrozenDictionary<string, string[]> NegativePredicates = new Dictionary<string, string[]>
    {
        ["fr"] = ["exclu*", "exclure", "inutile*", "négligeable*", "impossible*", "anodin*", "insensible*", "manqu*", "étranger*", "indifférent*"],
        ["es"] = ["descart*", "exclu*", "excluy*", "inútil*", "despreciable*", "imposible*", "indiferente*", "ajen*"],
        ["de"] = ["ausschließ*", "ausgeschlossen", "auszuschließen", "unwichtig*", "unerheblich*", "unbedeutend*", "unbegründet*", "unmöglich*", "unwahrscheinlich*",
            "unbekannt*", "ungewöhnlich*", "unumstritten*", "umsonst", "vergeblich*"],
        ["en"] = ["unlike", "unusual", "uncommon", "unimportant", "unreasonable", "impossible", "insignificant", "rule", "ruled", "excluded", "exclude", "fail", "failed"],
    }.ToFrozenDictionary();

    /// <summary>Verbs of exclusion, a negation of their own (and so affirmative when negated).</summary>
    private static readonly FrozenDictionary<string, string[]> Exclusions = new Dictionary<string, string[]>
    {
        ["fr"] = ["exclu*", "exclure"],
        ["es"] = ["descart*", "exclu*", "excluy*"],
        ["de"] = ["ausschließ*", "ausgeschlossen", "auszuschließen"],
        ["en"] = ["rule", "ruled", "rules", "ruling", "exclude", "excluded", "excludes", "excluding"],
    }.ToFrozenDictionary();

    private static bool Exclusion(List<string> folded, int at, string language)
    {
        var w = folded[at];
        var stems = Exclusions.GetValueOrDefault(language) ?? [];
        if (!stems.Any(p => p.EndsWith('*') ? w.StartsWith(p[..^1], StringComparison.Ordinal) : w == p))
        {
            return false;
        }

        // "rule out" only: "the rule", "ruled that" exclude nothing.
        return language != "en" || !w.StartsWith("rul", StringComparison.Ordinal) || (at + 1 < folded.Count && folded[at + 1] == "out");
    }

    /// <summary>
    /// The index of the negative predicate the negation at <paramref name="at"/> negates within the next three words
    /// (an exclusion verb within the next seven: "ni los unos ni los otros han descartado"), or -1.
    /// </summary>
    private static int Litotes(List<string> folded, int at, string language)
    {
        var predicates = NegativePredicates.GetValueOrDefault(language) ?? [];

        // "n'exclut pas": the predicate may be the negated word itself.
        var j0 = folded[at].StartsWith("n'", StringComparison.Ordinal) ? at : at + 1;
        for (var j = j0; j < Math.Min(folded.Count, at + 8); j++)
        {
            var w = j == at ? folded[j][2..] : folded[j];
            if (j >= at + 4)
            {
                if (Exclusion(folded, j, language))
                {
                    return j;
                }

                continue;
            }

            // "not without", "no … sin", "nicht ohne": with; "ce n'est pas rien": something; "nicht unpolitisch": a negated "un-" word.
            if ((w is "without" or "sans" or "sin" or "ohne" && folded[at] is not ("without" or "sans" or "sin" or "ohne" or "ni" or "nor" or "weder" or "noch")) || (language == "fr" && w == "rien" && j > 0 && folded[j - 1] == "pas") || (language == "de" && IsNegativeUnWord(w)))
            {
                return j;
            }

            // German separable verbs: "schließt … nicht aus" is "ausschließen" negated.
            if (language == "de" && w == "aus" && SeparableExclusion(folded, at))
            {
                return j;
            }

            if (predicates.Any(p => p.EndsWith('*') ? w.StartsWith(p[..^1], StringComparison.Ordinal) : w == p))
            {
                // "ruled out", "fail to": only as the verb the negation governs.
                if (language != "en" || w is not ("rule" or "ruled") || (j + 1 < folded.Count && folded[j + 1] == "out"))
                {
                    return j + (language == "en" && w is "rule" or "ruled" ? 1 : 0);
                }
            }
        }

        return -1;
    }

    private static readonly string[] NotNegativeUn = ["unter", "uns", "und", "unbedingt", "univers", "union", "ungarn", "unweit"];

    /// <summary>A German word negated by its prefix "un-" ("unpolitisch", "unwichtig"), not "unter", "unbedingt" or "Ungarn".</summary>
    private static bool IsNegativeUnWord(string w) =>
        w.Length > 5 && w.StartsWith("un", StringComparison.Ordinal) && !NotNegativeUn.Any(p => w.StartsWith(p, StringComparison.Ordinal));

    /// <summary>A form of "schließen" a few words before the negation: its "aus" makes it "ausschließen".</summary>
    private static bool SeparableExclusion(List<string> folded, int at)
    {
        for (var k = Math.Max(0, at - 8); k < at; k++)
        {
            if (folded[k].StartsWith("schließ", StringComparison.Ordinal) || folded[k].StartsWith("schloss", StringComparison.Ordinal) || folded[k].StartsWith("schlöss", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Unelided(string word) =>
        word.Length > 2 && word[1] == '\'' && word[0] is 'd' or 'l' or 'j' or 's' or 'c' or 'm' or 't' ? word[2..]
        : word.Length > 3 && word.StartsWith("qu'", StringComparison.Ordinal) ? word[3..] : word;

    /// <summary>French negation is "ne" with a second particle within a few words; "ne … que" ("only") has none.</summary>
    private static bool SecondParticle(List<string> folded, int at)
    {
        // "Personne n'a…", "Rien ne…", "Aucun … n'a": the particle came first (and "ne … que" after it still negates).
        for (var j = Math.Max(0, at - 6); j < at; j++)
        {
            if (folded[j] is "personne" or "rien" or "aucun" or "aucune" or "jamais" or "nul" or "nulle" or "ni")
            {
                return true;
            }
        }

        for (var j = at + 1; j < Math.Min(folded.Count, at + 8); j++)
        {
            // "pas mal de" ("quite a few") is no particle.
            if (folded[j] == "pas" && j + 1 < folded.Count && folded[j + 1] == "mal")
            {
                continue;
            }

            if (folded[j] is "pas" or "plus" or "jamais" or "rien" or "personne" or "aucun" or "aucune" or "guère" or "point" or "nullement" or "ni" or "nul" or "nulle" or "nulle part")
            {
                return true;
            }

            if (folded[j] is "que" || folded[j].StartsWith("qu'", StringComparison.Ordinal))
            {
                return false;
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
