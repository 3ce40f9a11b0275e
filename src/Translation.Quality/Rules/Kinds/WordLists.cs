using System.Collections.Frozen;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>Helpers shared by kinds that read word lists from YAML and build alternations from them.</summary>
internal static class WordLists
{
    public static FrozenSet<string> Set(YamlMap map, string key, bool required = false, IEnumerable<string>? defaults = null)
    {
        var list = map.StringList(key);
        if (list is null && required)
        {
            map.Error(map.Node, $"missing required key '{key}' (a list of words)");
        }

        return (list ?? defaults ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A regex alternation of literal words, longest first so that "prime minister" beats "minister".</summary>
    public static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(w => System.Text.RegularExpressions.Regex.Escape(w).Replace("\\ ", "\\s+", StringComparison.Ordinal)));
}
