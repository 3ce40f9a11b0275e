using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Translation.Quality.Lexicon;
using Translation.Quality.Tagging;
using Translation.Quality.Text;
using Translation.Quality.Yaml;
using YamlDotNet.RepresentationModel;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: token-pattern</c>, read and checked when the pack loads.</summary>
/// <remarks>Internal, unlike the plain-valued options records: what it holds are compiled token conditions.</remarks>
/// <param name="Pattern">The token conditions in order (required; at most one run of them marked).</param>
/// <param name="Antipatterns">Sequences that, matching over the pattern's match, keep the rule quiet.</param>
/// <param name="SentenceStart">The pattern must start the sentence.</param>
/// <param name="SentenceEnd">The pattern must end the sentence.</param>
internal sealed record TokenPatternOptions(TokenPatternElement[] Pattern, TokenPatternElement[][] Antipatterns, bool SentenceStart, bool SentenceEnd)
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

    /// <summary>The options a rule's parameters give, or null when they cannot make a rule (the errors say why, located).</summary>
    /// <param name="info">The rule's message and suggestion, whose <c>\1</c>-style references must name a pattern element.</param>
    public static TokenPatternOptions? Read(YamlMap parameters, RuleInfo info)
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

        return new TokenPatternOptions(pattern, [.. antipatterns], sentenceStart, sentenceEnd);
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
        var wordClassName = map.String("wordClass");
        Func<WordClassLexicon>? wordClass = wordClassName switch
        {
            null => null,
            "ADJ" => static () => WordClassLexicon.Adjectives,
            "VERB" => static () => WordClassLexicon.Verbs,
            _ => null,
        };
        if (wordClassName is not null && wordClass is null)
        {
            map.Error(map.Find("wordClass")!, $"unknown word class '{wordClassName}' in 'wordClass'; expected ADJ or VERB (a word that is an adjective, or a verb, out of context)");
        }

        var animacy = ReadAnimacy(map);
        var negate = map.Bool("negate") ?? false;
        var optional = map.Bool("optional") ?? false;
        var mark = allowMark ? map.Bool("mark") ?? false : false;
        var (min, max) = ReadRepeat(map);
        if (optional && map.Has("repeat"))
        {
            map.Error(map.Find("optional")!, "use either 'optional: true' or 'repeat: { min: 0, max: N }', not both");
        }

        var regex = regexText is null ? null : RegexFactory.TryCreateCompiled($"^(?:{regexText})$", ignoreCase: true, timeoutMs: 100, map, "regex");
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
            WordClass = wordClass,
            Animacy = animacy,
            Negate = negate,
        };
        return new TokenPatternElement(condition, optional ? 0 : min, optional ? 1 : max, mark);
    }

    /// <summary>The <c>animacy</c> key: what a noun must name (person, group, mixed, thing), as a set.</summary>
    private static IReadOnlySet<Animacy>? ReadAnimacy(YamlMap map)
    {
        var values = map.StringList("animacy");
        if (values is null)
        {
            return null;
        }

        var set = new HashSet<Animacy>();
        foreach (var value in values)
        {
            if (value is "unknown" || !Enum.TryParse<Animacy>(value, ignoreCase: true, out var a) || !Enum.IsDefined(a))
            {
                map.Error(map.Find("animacy")!, $"unknown animacy '{value}' in 'animacy'; expected one of: group, mixed, person, thing");
            }
            else
            {
                set.Add(a);
            }
        }

        return set.ToFrozenSet();
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

        var min = repeat.Int("min", 0, TokenPatternRule.MaxRepeat) ?? 1;
        var max = repeat.Int("max", 1, TokenPatternRule.MaxRepeat) ?? TokenPatternRule.MaxRepeat;
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
        foreach (Match m in TokenPatternRule.ReferencePattern.Matches(template))
        {
            var n = int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (n < 1 || n > elements)
            {
                parameters.Error(parameters.Find(key) ?? parameters.Node, $"'{m.Value}' in '{key}' refers to pattern token {n}, but the pattern has {elements} token(s)");
            }
        }
    }
}
