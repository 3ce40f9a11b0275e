using System.Text.RegularExpressions;
using Translation.Quality.Tagging;
using Translation.Quality.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: token-pattern</c> — a sequence of token conditions inside one sentence, like a
/// LanguageTool pattern rule:
/// <code>
/// pattern:
///   - { pos: NOUN }
///   - { text: ",", optional: true }
///   - { word: whom, mark: true }
/// antipatterns:
///   - [ { word: [minister, president] }, { text: ",", optional: true }, { word: whom } ]
/// sentenceStart: false
/// sentenceEnd: false
/// </code>
/// Token keys: <c>word</c> (case-insensitive, one or a list), <c>text</c> (case-sensitive),
/// <c>regex</c> (whole token, case-insensitive), <c>pos</c> (UPOS, one or a list), <c>shape</c>,
/// <c>kind</c>, <c>negate</c>, <c>optional</c>, <c>repeat: { min, max }</c>, <c>mark</c>.
/// An antipattern silences a match it overlaps. <c>\1</c> or <c>{1}</c> in the message and
/// suggestion stand for the tokens matched by the first pattern element, and so on.
/// <c>sentenceStart</c>/<c>sentenceEnd</c> anchor the match at the sentence's first/last token
/// (add an optional punctuation token to allow a closing full stop). A rule that uses <c>pos</c>
/// stays silent when no tagger is available.
/// </summary>
internal sealed partial class TokenPatternRule : IRule
{
    /// <summary>The most tokens one element may repeat: keeps backtracking bounded.</summary>
    public const int MaxRepeat = 50;

    private readonly TokenPatternElement[] _pattern;
    private readonly TokenPatternElement[][] _antipatterns;
    private readonly bool _sentenceStart;
    private readonly bool _sentenceEnd;
    private readonly int _markFirst;
    private readonly int _markLast;
    private readonly int _antipatternMaxLength;
    private readonly TokenCondition[] _anchors;

    private TokenPatternRule(RuleInfo info, TokenPatternElement[] pattern, TokenPatternElement[][] antipatterns, bool sentenceStart, bool sentenceEnd)
    {
        Info = info;
        _pattern = pattern;
        _antipatterns = antipatterns;
        _sentenceStart = sentenceStart;
        _sentenceEnd = sentenceEnd;
        _markFirst = Array.FindIndex(pattern, e => e.Mark);
        _markLast = Array.FindLastIndex(pattern, e => e.Mark);
        _antipatternMaxLength = antipatterns.Length == 0 ? 0 : antipatterns.Max(a => a.Length);
        NeedsTagger = pattern.Any(e => e.Condition.UsesPos) || antipatterns.Any(a => a.Any(e => e.Condition.UsesPos));

        // Required elements fixed by their words: a sentence without them cannot match, so it is
        // skipped before it is tagged (tagging is the costly part of a POS pattern).
        _anchors = [.. pattern.Where(e => e.Min > 0 && !e.Condition.Negate && (e.Condition.Words is not null || e.Condition.Texts is not null)).Select(e => e.Condition)];
    }

    private bool HasAnchors(string text, Token[] tokens, Sentence sentence)
    {
        foreach (var anchor in _anchors)
        {
            var found = false;
            for (var k = sentence.FirstToken; k < sentence.EndToken && !found; k++)
            {
                var word = tokens[k].Slice(text);
                found = (anchor.Words is null || anchor.Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                    && (anchor.Texts is null || anchor.Texts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word));
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The sentences that may hold, for every anchor, one of its words in some case (from the article's
    /// shared word index): a necessary condition for <see cref="HasAnchors"/>, which then checks the
    /// exact case. Empty when no sentence qualifies, or when the pattern has no anchors.
    /// </summary>
    private ReadOnlySpan<ulong> CandidateSentences(AnalyzedText analysis)
    {
        if (_anchors.Length == 0 || analysis.Sentences.Length == 0)
        {
            return [];
        }

        var index = analysis.Words;
        var all = new ulong[index.MaskLength];
        Array.Fill(all, ulong.MaxValue);
        Span<ulong> one = index.MaskLength <= 16 ? stackalloc ulong[index.MaskLength] : new ulong[index.MaskLength];
        var any = false;
        foreach (var anchor in _anchors)
        {
            one.Clear();
            foreach (var word in (IEnumerable<string>?)anchor.Words ?? anchor.Texts!)
            {
                index.AddSentencesOf(word, one);
            }

            any = false;
            for (var i = 0; i < all.Length; i++)
            {
                all[i] &= one[i];
                any |= all[i] != 0;
            }

            if (!any)
            {
                return [];
            }
        }

        return all;
    }

    public RuleInfo Info { get; }

    public bool NeedsTagger { get; }

    public void Check(RuleContext context)
    {
        var analysis = context.Analysis;
        if (NeedsTagger && !analysis.HasTagger)
        {
            return;
        }

        var text = context.Text;
        var tokens = analysis.Tokens;
        Span<int> starts = stackalloc int[_pattern.Length];
        Span<int> ends = stackalloc int[_pattern.Length];
        var candidates = CandidateSentences(analysis);
        if (candidates.IsEmpty && _anchors.Length > 0)
        {
            return;
        }

        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var sentence = analysis.Sentences[s];
            if (_anchors.Length > 0 && (!SentenceWordIndex.Has(candidates, s) || !HasAnchors(text, tokens, sentence)))
            {
                continue;
            }

            var tags = NeedsTagger ? analysis.TagsByToken(s) : null;
            var matcher = new TokenPatternMatcher(text, tokens, tags, sentence);
            var at = sentence.FirstToken;
            while (at < sentence.EndToken)
            {
                if (_sentenceStart && !matcher.AtSentenceStart(at))
                {
                    break;
                }

                var end = matcher.MatchAt(_pattern, at, starts, ends, _sentenceEnd);
                if (end < 0)
                {
                    at++;
                    continue;
                }

                if (!Silenced(matcher, at, end))
                {
                    Report(context, tokens, at, end, starts, ends);
                }

                at = end;
            }
        }
    }

    private bool Silenced(TokenPatternMatcher matcher, int matchStart, int matchEnd)
    {
        if (_antipatterns.Length == 0)
        {
            return false;
        }

        Span<int> s = stackalloc int[_antipatternMaxLength];
        Span<int> e = stackalloc int[_antipatternMaxLength];
        foreach (var anti in _antipatterns)
        {
            for (var at = matcher.SentenceFirst; at < matchEnd; at++)
            {
                var end = matcher.MatchAt(anti, at, s, e, mustEndSentence: false);
                if (end > matchStart)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void Report(RuleContext context, Token[] tokens, int matchStart, int matchEnd, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        var first = matchStart;
        var last = matchEnd;
        if (_markFirst >= 0 && ends[_markLast] > starts[_markFirst])
        {
            first = starts[_markFirst];
            last = ends[_markLast];
        }

        var groups = new string[_pattern.Length];
        for (var k = 0; k < groups.Length; k++)
        {
            groups[k] = ends[k] > starts[k] ? context.Text[tokens[starts[k]].Start..tokens[ends[k] - 1].End] : string.Empty;
        }

        context.Report(tokens[first].Start, tokens[last - 1].End, Fill(Info.Message, groups), Info.Suggestion is null ? null : Fill(Info.Suggestion, groups));
    }

    private static string Fill(string template, string[] groups) =>
        template.Contains('\\', StringComparison.Ordinal) || template.Contains('{', StringComparison.Ordinal)
            ? Reference().Replace(template, m =>
            {
                var n = int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                return n >= 1 && n <= groups.Length ? groups[n - 1] : m.Value;
            })
            : template;

    /// <summary>"\1" or "{1}": the tokens of pattern element 1.</summary>
    [GeneratedRegex(@"\\(\d+)|\{(\d+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    /// <summary>The <c>\1</c>-style references of a message or suggestion (checked against the pattern when it loads).</summary>
    internal static Regex ReferencePattern => Reference();

    public sealed class Kind : IRuleKind
    {
        public string Name => "token-pattern";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            TokenPatternOptions.Read(parameters, info) is { } options
                ? new TokenPatternRule(info, options.Pattern, options.Antipatterns, options.SentenceStart, options.SentenceEnd)
                : null;
    }
}
