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
/// adjective when a tagger is present): a quote cannot start there in English.
/// </summary>
internal sealed class GarbledQuoteIntroRule : IRule
{
    /// <summary>Words that show the quote is properly introduced: "said the plan was “unacceptable”".</summary>
    private static readonly FrozenSet<string> Introducers = new[]
    {
        "was", "were", "is", "are", "be", "been", "being", "called", "calling", "described", "describing", "termed", "dubbed", "as",
        "that", "it", "them", "him", "her", "this", "these", "those", "what", "how", "which", "who", "whose", "if", "whether", "seemed",
        "looked", "felt", "remained", "became", "sounded", "appeared", "am", "feel", "feels", "not", "very", "so", "too", "more", "less",
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
            if (!m.Success || m.Groups["mid"].Captures.Any(c => Introducers.Contains(c.Value.Trim())))
            {
                continue;
            }

            var first = m.Groups["first"];
            if (!_stances.Contains(first.Value) && !IsAdjective(analysis, first.Index))
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
                @"\s+(?<quote>[“""«])\s?(?<first>\p{Ll}[\p{L}-]*)";
            return new GarbledQuoteIntroRule(info, RegexFactory.Build(pattern), options.Verbs, options.Stances);
        }
    }
}
