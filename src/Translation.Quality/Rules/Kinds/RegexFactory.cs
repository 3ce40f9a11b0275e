using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// Builds rule regexes the same way everywhere: culture-invariant, with a match timeout, compiled,
/// and each distinct pattern built once per process (packs share patterns; eval and tests load the
/// packs many times).
/// </summary>
internal static class RegexFactory
{
    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options, TimeSpan Timeout), Regex> Compiled = new();
    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options, TimeSpan Timeout), RuleRegex> Promoted = new();

    /// <summary>Patterns a kind builds itself from word lists: they are known to be linear, so a generous timeout.</summary>
    public static Regex Build(string pattern, RegexOptions extra = RegexOptions.None) =>
        Compiled.GetOrAdd((pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant | extra, TimeSpan.FromSeconds(2)), static key => Warm(new Regex(key.Pattern, key.Options, key.Timeout)));

    /// <summary>
    /// Runs a compiled regex once on an empty string: its code is generated on first use, and that
    /// time must not count against the match timeout of the first real article.
    /// </summary>
    private static Regex Warm(Regex regex)
    {
        regex.IsMatch(string.Empty);
        return regex;
    }

    /// <summary>A pack's pattern, compiled at once (for small, hot patterns such as a token's).</summary>
    public static Regex? TryCreateCompiled(string pattern, bool ignoreCase, int timeoutMs, YamlMap where, string key)
    {
        var options = Options(ignoreCase);
        if (!IsValid(pattern, options, where, key))
        {
            return null;
        }

        return Compiled.GetOrAdd((pattern, options | RegexOptions.Compiled, TimeSpan.FromMilliseconds(timeoutMs)), static k => Warm(new Regex(k.Pattern, k.Options, k.Timeout)));
    }

    /// <summary>A pack's pattern, validated now, compiled on first use, built once per distinct pattern (see <see cref="RuleRegex"/>).</summary>
    public static RuleRegex? TryCreate(string pattern, bool ignoreCase, int timeoutMs, YamlMap where, string key)
    {
        var options = Options(ignoreCase);
        var key3 = (pattern, options, TimeSpan.FromMilliseconds(timeoutMs));
        if (Promoted.TryGetValue(key3, out var known))
        {
            return known;
        }

        if (!RuntimeFeature.IsDynamicCodeCompiled)
        {
            // Native AOT: the interpreter is all there is, so the regex that validates the pattern is the
            // one the rule runs (one construction, not a parse at load and a second build on first use).
            return Parse(pattern, options, where, key, key3.Item3) is { } interpreted ? Promoted.GetOrAdd(key3, new RuleRegex(interpreted)) : null;
        }

        if (Parse(pattern, options, where, key) is not { } parsed)
        {
            return null;
        }

        // Always compiled, never interpreted: the interpreter is several times slower, so a pack pattern
        // with a tight timeoutMs timed out (TQ301) on articles the compiled form checks in time, and a
        // finding must not depend on how long the run has been going. Compiled when first matched, not
        // at load, so a run that checks no article (an unchanged rerun) compiles none.
        var groups = parsed.GetGroupNumbers().Max();
        return Promoted.GetOrAdd(key3, static (k, groups) => new RuleRegex(() => Warm(new Regex(k.Pattern, k.Options | RegexOptions.Compiled, k.Timeout)), groups), groups);
    }

    /// <summary>Parses a pattern without building code for it (microseconds); a bad one is reported at its key.</summary>
    public static bool IsValid(string pattern, bool ignoreCase, YamlMap where, string key) => IsValid(pattern, Options(ignoreCase), where, key);

    private static bool IsValid(string pattern, RegexOptions options, YamlMap where, string key) => Parse(pattern, options, where, key) is not null;

    /// <summary>The interpreted form (a parse, no code generated); null, with the error at its key, for a bad pattern.</summary>
    private static Regex? Parse(string pattern, RegexOptions options, YamlMap where, string key, TimeSpan? timeout = null)
    {
        try
        {
            return timeout is { } t ? new Regex(pattern, options, t) : new Regex(pattern, options);
        }
        catch (ArgumentException ex)
        {
            where.Error(where.Find(key) ?? where.Node, $"'{key}' is not a valid regular expression: {ex.Message}");
            return null;
        }
    }

    private static RegexOptions Options(bool ignoreCase) =>
        RegexOptions.CultureInvariant | RegexOptions.Multiline | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
}
