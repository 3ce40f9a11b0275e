using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Translation.Quality.Tagging;
using Translation.Quality.Text;
using Translation.Quality.Yaml;
using YamlDotNet.RepresentationModel;

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
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var sentence = analysis.Sentences[s];
            if (_anchors.Length > 0 && !HasAnchors(text, tokens, sentence))
            {
                continue;
            }

            var tags = NeedsTagger ? analysis.TagsOf(s).ToArray() : null;
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

    public sealed class Kind : IRuleKind
    {
        private static readonly FrozenDictionary<string, TokenShape> Shapes = new Dictionary<string, TokenShape>(StringComparer.OrdinalIgnoreCase)
        {
            ["lower"] = TokenShape.Lower,
            ["capitalised"] = TokenShape.Capitalised,
            ["capitalized"] = TokenShape.Capitalised,
            ["allcaps"] = TokenShape.AllCaps,
            ["mixed"] = TokenShape.Mixed,
            ["numeric"] = TokenShape.Numeric,
            ["alphanumeric"] = TokenShape.Alphanumeric,
            ["punctuation"] = TokenShape.Punctuation,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        private static readonly FrozenDictionary<string, TokenKind> Kinds = Enum.GetValues<TokenKind>()
            .ToFrozenDictionary(k => k.ToString().ToLowerInvariant(), k => k, StringComparer.OrdinalIgnoreCase);

        private static readonly FrozenDictionary<string, PosTag> Tags = Enum.GetValues<PosTag>()
            .ToFrozenDictionary(t => t.ToString(), t => t, StringComparer.OrdinalIgnoreCase);

        public string Name => "token-pattern";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context)
        {
            var errorsBefore = parameters.Errors.Count;
            var patternNode = parameters.Sequence("pattern", required: true);
            var sentenceStart = parameters.Bool("sentenceStart") ?? false;
            var sentenceEnd = parameters.Bool("sentenceEnd") ?? false;
            var antiNode = parameters.Sequence("antipatterns");
            if (patternNode is null)
            {
                return null;
            }

            var pattern = ReadSequence(parameters, patternNode, "pattern", allowMark: true);
            var antipatterns = new List<TokenPatternElement[]>();
            foreach (var item in antiNode?.Children ?? [])
            {
                if (item is YamlSequenceNode seq)
                {
                    antipatterns.Add(ReadSequence(parameters, seq, "an antipattern", allowMark: false));
                }
                else
                {
                    parameters.Error(item, "an antipattern must be a list of token conditions, e.g. [ { word: people }, { word: whom } ]");
                }
            }

            CheckMarks(parameters, patternNode, pattern);
            CheckReferences(parameters, "message", info.Message, pattern.Length);
            if (info.Suggestion is not null)
            {
                CheckReferences(parameters, "suggestion", info.Suggestion, pattern.Length);
            }

            if (parameters.Errors.Count > errorsBefore)
            {
                return null;
            }

            return new TokenPatternRule(info, pattern, [.. antipatterns], sentenceStart, sentenceEnd);
        }

        private static TokenPatternElement[] ReadSequence(YamlMap parameters, YamlSequenceNode node, string what, bool allowMark)
        {
            var elements = new List<TokenPatternElement>(node.Children.Count);
            foreach (var item in node.Children)
            {
                var map = parameters.Wrap(item, $"a token in {what}");
                if (map is null)
                {
                    continue;
                }

                var element = ReadElement(map, allowMark);
                map.RejectUnknownKeys($"a token in {what}");
                if (element is not null)
                {
                    elements.Add(element);
                }
            }

            if (node.Children.Count == 0)
            {
                parameters.Error(node, $"{what} must list at least one token condition");
            }
            else if (elements.Count == node.Children.Count && elements.All(e => e.Min == 0))
            {
                parameters.Error(node, $"{what} needs at least one token that is neither optional nor repeated from 0");
            }

            return [.. elements];
        }

        private static TokenPatternElement? ReadElement(YamlMap map, bool allowMark)
        {
            var errorsBefore = map.Errors.Count;
            var words = map.StringList("word");
            var texts = map.StringList("text");
            var regexText = map.String("regex");
            var pos = ReadMask(map, "pos", Tags, "UPOS tag", t => (int)t);
            var shape = ReadMask(map, "shape", Shapes, "shape", s => (int)s);
            var kind = ReadMask(map, "kind", Kinds, "token kind", k => (int)k);
            var negate = map.Bool("negate") ?? false;
            var optional = map.Bool("optional") ?? false;
            var mark = allowMark ? map.Bool("mark") ?? false : false;
            var (min, max) = ReadRepeat(map);
            if (optional && map.Has("repeat"))
            {
                map.Error(map.Find("optional")!, "use either 'optional: true' or 'repeat: { min: 0, max: N }', not both");
            }

            var regex = regexText is null ? null : RegexFactory.TryCreate($"^(?:{regexText})$", ignoreCase: true, timeoutMs: 100, map, "regex");
            if (map.Errors.Count > errorsBefore)
            {
                return null;
            }

            var condition = new TokenCondition
            {
                Words = words?.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                Texts = texts?.ToFrozenSet(StringComparer.Ordinal),
                Regex = regex,
                PosMask = pos,
                ShapeMask = shape,
                KindMask = kind,
                Negate = negate,
            };
            return new TokenPatternElement(condition, optional ? 0 : min, optional ? 1 : max, mark);
        }

        private static (int Min, int Max) ReadRepeat(YamlMap map)
        {
            var node = map.Find("repeat");
            if (node is null)
            {
                return (1, 1);
            }

            var repeat = map.Map("repeat");
            if (repeat is null)
            {
                return (1, 1);
            }

            var min = repeat.Int("min", 0, MaxRepeat) ?? 1;
            var max = repeat.Int("max", 1, MaxRepeat) ?? MaxRepeat;
            repeat.RejectUnknownKeys("repeat");
            if (max < min)
            {
                map.Error(node, $"repeat: 'max' ({max}) must not be less than 'min' ({min})");
            }

            return (min, max);
        }

        private static uint ReadMask<T>(YamlMap map, string key, FrozenDictionary<string, T> names, string what, Func<T, int> bit)
        {
            var values = map.StringList(key);
            if (values is null)
            {
                return 0;
            }

            uint mask = 0;
            foreach (var value in values)
            {
                if (names.TryGetValue(value, out var v))
                {
                    mask |= 1u << bit(v);
                }
                else
                {
                    map.Error(map.Find(key)!, $"unknown {what} '{value}' in '{key}'; expected one of: {string.Join(", ", names.Keys.Order(StringComparer.Ordinal))}");
                }
            }

            return mask;
        }

        private static void CheckMarks(YamlMap parameters, YamlSequenceNode node, TokenPatternElement[] pattern)
        {
            var first = Array.FindIndex(pattern, e => e.Mark);
            var last = Array.FindLastIndex(pattern, e => e.Mark);
            for (var k = first + 1; first >= 0 && k < last; k++)
            {
                if (!pattern[k].Mark)
                {
                    parameters.Error(node, "the tokens marked with 'mark: true' must be next to each other: the flagged span is one stretch");
                    return;
                }
            }
        }

        private static void CheckReferences(YamlMap parameters, string key, string template, int elements)
        {
            foreach (Match m in Reference().Matches(template))
            {
                var n = int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (n < 1 || n > elements)
                {
                    parameters.Error(parameters.Find(key) ?? parameters.Node, $"'{m.Value}' in '{key}' refers to pattern token {n}, but the pattern has {elements} token(s)");
                }
            }
        }
    }
}
