using System.Text.RegularExpressions;
using Translation.Quality.Config;

namespace Translation.Quality.Rules.Kinds;

/// <summary>Builds rule regexes the same way everywhere: compiled, culture-invariant, with a match timeout.</summary>
internal static class RegexFactory
{
    public static Regex? TryCreate(string pattern, bool ignoreCase, int timeoutMs, YamlMap where, string key)
    {
        var options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.Multiline;
        if (ignoreCase)
        {
            options |= RegexOptions.IgnoreCase;
        }

        try
        {
            return new Regex(pattern, options, TimeSpan.FromMilliseconds(timeoutMs));
        }
        catch (ArgumentException ex)
        {
            where.Error(where.Find(key) ?? where.Node, $"'{key}' is not a valid regular expression: {ex.Message}");
            return null;
        }
    }
}
