using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Translation.Quality.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: garbled-quote-intro</c> — the words that frame a quotation lost in translation: "the
/// governor said on Telegram “confident that…”" (French "se disant confiant que"). A speech verb
/// (<c>verbs</c>), up to six words with no verb of their own ("on Telegram", "to the dpa news
/// agency"), then an opening quote whose first word is a stance adjective (<c>stances</c>, or any
/// adjective when a tagger is present), a participle or an infinitive ("having always respected",
/// "to continue"): a quote cannot start there in English.
/// </summary>
internal sealed class GarbledQuoteIntroRule : IRule
{
    /// <summary>Words that show the quote is properly introduced: "said the plan was “unacceptable”".</summary>
    private static readonly FrozenSet<string> Introducers = new[]
    {
        "was", "were", "is", "are", "be", "been", "being", "called", "calling", "described", "describing", "termed", "dubbed", "as",
        "that", "it", "them", "him", "her", "this", "these", "those", "what", "how", "which", "who", "whose", "if", "whether", "seemed",
        "looked", "felt", "remained", "became", "sounded", "appeared", "am", "feel", "feels", "not", "very", "so", "too", "more", "less", "for",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly Regex _regex;
    private readonly FrozenSet<string> _verbs;
    private readonly FrozenSet<string> _stances;

    private GarbledQuoteIntroRule(RuleInfo info, Regex regex, FrozenSet<string> verbs, FrozenSet<string> stances)
    {
        Info = info;
        _regex = regex;
        _verbs = verbs;
        _stances = stances;
    }

    public RuleInfo Info { get; }

    public void Check(RuleContext context)
    {
        var text = context.Text;
        if (text.AsSpan().IndexOfAny("“\"«") < 0)
        {
            return;
        }

        var analysis = context.Analysis;
        var tokens = analysis.Tokens;
        var verbs = _verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = 0; t < tokens.Length; t++)
        {
            if (!verbs.Contains(tokens[t].Slice(text)))
            {
                continue;
            }

            var m = _regex.Match(text, tokens[t].Start);
            if (!m.Success || m.Groups["mid"].Captures.Any(c => Introducers.Contains(c.Value.Trim())) || HasOwnVerb(analysis, m.Groups["mid"]))
            {
                continue;
            }

            var first = m.Groups["first"];
            if (!_stances.Contains(first.Value) && !IsAdjective(analysis, first.Index) && !IsNonFiniteOpening(analysis, text, first.Index, first.Value))
            {
                continue;
            }

            // A quoted noun phrase, or an article just before the quote: "promised “concrete measures”", "hailed a “historic” deal".
            var mids = m.Groups["mid"].Captures;
            if ((mids.Count > 0 && mids[^1].Value is "a" or "an" or "the") || IsAttributive(analysis, text, first.Index))
            {
                continue;
            }

            var intro = m.Groups["intro"].Value;
            var quote = m.Groups["quote"].Value;
            var end = m.Groups["quote"].Index + m.Groups["quote"].Length;
            context.Report(m.Index, end, $"{Info.Message} The quote cannot open on '{first.Value}': the words that introduce it were lost.", $"{intro} they were {quote}");
            t = analysis.TokenAtOrAfter(end) - 1;
        }
    }

    /// <summary>
    /// A quotation that opens on a participle or an infinitive ("repeated “having always respected
    /// the law”", "assured “to want to continue”"): the source's infinitive clause after a speech verb.
    /// </summary>
    private static bool IsNonFiniteOpening(Text.AnalyzedText analysis, string text, int offset, string first)
    {
        var token = analysis.TokenAtOrAfter(offset);
        if (first is "having" or "being")
        {
            // "having always respected the law", not "having a baby changed everything".
            var next = token + 1;
            if (next < analysis.Tokens.Length && analysis.HasTagger && analysis.TagOf(next) == PosTag.ADV)
            {
                next++;
            }

            if (next >= analysis.Tokens.Length)
            {
                return false;
            }

            var word = analysis.TokenText(next);
            return (analysis.HasTagger ? analysis.TagOf(next) == PosTag.VERB : true)
                && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal) || word is "been" or "done" or "made" or "said" or "paid" or "met" or "won" or "lost" or "held" or "kept" or "told" or "sold" or "brought" or "thought" or "fought" or "built" or "sent" or "spent" or "left" or "led");
        }

        if (first == "to")
        {
            // "to" + a verb: an infinitive ("to continue"), not a preposition ("to the people").
            return token + 1 < analysis.Tokens.Length && analysis.HasTagger && analysis.TagOf(token + 1) == PosTag.VERB;
        }

        // A past participle with its complement: "determined to continue", "ready to talk".
        return analysis.HasTagger && token < analysis.Tokens.Length && first.EndsWith("ed", StringComparison.Ordinal) && analysis.TagOf(token) == PosTag.VERB
            && token + 1 < analysis.Tokens.Length && analysis.Tokens[token + 1].Slice(text) is "to" or "by" or "that" or "with" or "of" or "in";
    }

    /// <summary>
    /// A finite verb between the speech verb and the quote: the quote sits in a reported clause of its own
    /// ("said the agreement included “robust safeguards”"), properly introduced.
    /// </summary>
    private static bool HasOwnVerb(Text.AnalyzedText analysis, Group mid)
    {
        if (!analysis.HasTagger)
        {
            return false;
        }

        foreach (Capture c in mid.Captures)
        {
            var token = analysis.TokenAtOrAfter(c.Index);
            if (token < analysis.Tokens.Length && analysis.TagOf(token) is PosTag.VERB or PosTag.AUX
                && !c.Value.EndsWith("ing", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An adjective whose next word (past a closing quote) is a noun: it modifies that noun, it opens no clause.</summary>
    private static bool IsAttributive(Text.AnalyzedText analysis, string text, int offset)
    {
        if (!analysis.HasTagger)
        {
            return false;
        }

        var token = analysis.TokenAtOrAfter(offset);
        if (token >= analysis.Tokens.Length || analysis.TagOf(token) != PosTag.ADJ)
        {
            return false;
        }

        var next = token + 1;
        while (next < analysis.Tokens.Length && analysis.Tokens[next].Slice(text) is "”" or "\"" or "»")
        {
            next++;
        }

        return next < analysis.Tokens.Length && analysis.TagOf(next) == PosTag.NOUN;
    }

    private static bool IsAdjective(Text.AnalyzedText analysis, int offset)
    {
        if (!analysis.HasTagger)
        {
            return false;
        }

        var token = analysis.TokenAtOrAfter(offset);
        return token < analysis.Tokens.Length && analysis.TagOf(token) == PosTag.ADJ;
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "garbled-quote-intro";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context)
        {
            var options = GarbledQuoteIntroOptions.Read(parameters);
            var pattern =
                @"\G(?<intro>(?:" + WordLists.Alternation(options.Verbs) + @")(?:\s+(?<mid>[^\s“""«.,;:!?]+)){0,6}?)" +
                @",?\s+(?<quote>[“""«])\s?(?<first>\p{Ll}[\p{L}-]*)";
            return new GarbledQuoteIntroRule(info, RegexFactory.Build(pattern), options.Verbs, options.Stances);
        }
    }
}
