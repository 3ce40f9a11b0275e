using System.Collections.Frozen;
using Translation.Quality.Yaml;
using YamlDotNet.RepresentationModel;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: source-transliteration</c>, read and checked when the pack loads.</summary>
/// <remarks>Internal, unlike the plain-valued options records: it holds the compiled patterns.</remarks>
/// <param name="Lexicon">Source spellings and their English spellings ("Moskva: Moscow").</param>
/// <param name="Patterns">The <c>patterns</c>, each checked on its own, compiled as one alternation.</param>
/// <param name="Allow">Words never flagged.</param>
/// <param name="Respell">[regex, replacement] pairs that turn a source spelling into its English one.</param>
internal sealed record SourceTransliterationOptions(FrozenDictionary<string, string> Lexicon, IReadOnlyList<RuleRegex> Patterns, FrozenSet<string> Allow, IReadOnlyList<(string, string)> Respell)
{
    /// <summary>The options a rule's parameters give, or null when they cannot make a rule (the errors say why, located).</summary>
    public static SourceTransliterationOptions? Read(YamlMap parameters)
    {
        var lexicon = new Dictionary<string, string>(StringComparer.Ordinal);
        if (parameters.Map("lexicon") is { } map)
        {
            foreach (var (k, v) in map.Node.Children)
            {
                if (k is YamlScalarNode { Value: { } from } && v is YamlScalarNode { Value: { } to })
                {
                    lexicon[from] = to;
                }
                else
                {
                    map.Error(k, "lexicon entries must be 'SourceSpelling: EnglishSpelling'");
                }
            }
        }

        // Each pattern is checked on its own (for its error), then all run as one alternation.
        var patterns = new List<RuleRegex>();
        var valid = new List<string>();
        foreach (var p in parameters.StringList("patterns") ?? [])
        {
            if (RegexFactory.IsValid(p, ignoreCase: false, parameters, "patterns"))
            {
                valid.Add(p);
            }
        }

        if (valid.Count > 0 && RegexFactory.TryCreate(string.Join('|', valid.Select(v => $"(?:{v})")), false, 100, parameters, "patterns") is { } combined)
        {
            patterns.Add(combined);
        }

        var respell = new List<(string, string)>();
        foreach (var item in parameters.Sequence("respell")?.Children ?? [])
        {
            if (item is YamlSequenceNode { Children: [YamlScalarNode { Value: { } from }, YamlScalarNode { Value: var to }] })
            {
                if (RegexFactory.IsValid(from, ignoreCase: false, parameters, "respell"))
                {
                    respell.Add((from, to ?? string.Empty));
                }
            }
            else
            {
                parameters.Error(item, "each 'respell' item must be a pair [regex, replacement]");
            }
        }

        var allow = (parameters.StringList("allow") ?? []).ToFrozenSet(StringComparer.Ordinal);
        if (lexicon.Count == 0 && patterns.Count == 0)
        {
            parameters.Error(parameters.Node, "a source-transliteration rule needs a 'lexicon' or 'patterns'");
            return null;
        }

        return new SourceTransliterationOptions(lexicon.ToFrozenDictionary(StringComparer.Ordinal), patterns, allow, respell);
    }
}
