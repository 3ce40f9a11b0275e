using System.Collections.Frozen;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: repeated-word</c>, read and checked when the pack loads.</summary>
/// <param name="Exceptions">Lower-case words that may stand twice ("had had"). Default: had, that, is, do.</param>
public sealed record RepeatedWordOptions(FrozenSet<string> Exceptions)
{
    /// <summary>The options a rule's parameters give; problems go to their error sink, located.</summary>
    public static RepeatedWordOptions Read(YamlMap parameters) =>
        new((parameters.StringList("exceptions") ?? ["had", "that", "is", "do"]).Select(e => e.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal));
}
