namespace Translation.Quality.Cli;

/// <summary>
/// Where tqa keeps what it can rebuild (the lexicons' tables): <c>TQA_CACHE_DIR</c>, else
/// <c>$XDG_CACHE_HOME/tqa</c>, else <c>~/.cache/tqa</c>; <c>TQA_CACHE_DIR=off</c> keeps nothing.
/// </summary>
public static class CacheLocation
{
    public const string Variable = "TQA_CACHE_DIR";

    /// <summary>The cache directory, or null for none (switched off, or no home to put it in).</summary>
    public static string? Resolve(Func<string, string?> getVariable)
    {
        var chosen = getVariable(Variable);
        if (chosen is { Length: > 0 })
        {
            return chosen.Equals("off", StringComparison.OrdinalIgnoreCase) ? null : Path.GetFullPath(chosen);
        }

        if (getVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathFullyQualified(xdg))
        {
            return Path.Combine(xdg, "tqa");
        }

        return getVariable("HOME") is { Length: > 0 } home && Path.IsPathFullyQualified(home) ? Path.Combine(home, ".cache", "tqa") : null;
    }
}
