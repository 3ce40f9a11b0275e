using System.Text.RegularExpressions;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>Builds rule regexes the same way everywhere: compiled, culture-invariant, with a match timeout.</summary>
internal static class RegexFactory
{
    /// <summary>Patterns a kind builds itself from word lists: they are known to be linear, so a generous timeout.</summary>
    public static Regex Build(string pattern, RegexOptions extra = RegexOptions.None) =>
        Warm(new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant | extra, TimeSpan.FromSeconds(2)));

    /// <summary>
    /// Runs a compiled regex once on an empty string: its code is generated on first use, and that
    /// time must not count against the match timeout of the first real article.
    /// </summary>
    private static Regex Warm(Regex regex)
    {
        regex.IsMatch(string.Empty);
        return regex;
    }

    public static Regex? TryCreate(string pattern, bool ignoreCase, int timeoutMs, YamlMap where, string key)
    {
        var options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.Multiline;
        if (ignoreCase)
        {
            options |= RegexOptions.IgnoreCase;
        }

        try
        {
            return Warm(new Regex(pattern, options, TimeSpan.FromMilliseconds(timeoutMs)));
        }
        catch (ArgumentException ex)
        {
            where.Error(where.Find(key) ?? where.Node, $"'{key}' is not a valid regular expression: {ex.Message}");
            return null;
        }
    }
}
