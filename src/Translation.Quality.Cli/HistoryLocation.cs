using Translation.Quality.Config;
using Translation.Quality.History;
using Translation.Quality.Nightly;

namespace Translation.Quality.Cli;

/// <summary>Which history file a command uses: <c>--history</c>, else pipeline.yaml's <c>history.path</c> (default .tqa/history.db).</summary>
public static class HistoryLocation
{
    public static string Resolve(string? explicitPath, string? configPath)
    {
        if (explicitPath is not null)
        {
            return Path.GetFullPath(explicitPath);
        }

        var loaded = new ConfigLoader().Load(configPath);
        return ConfigPaths.HistoryPath(loaded.Options);
    }

    /// <summary>Opens a history that must already exist (listing commands); a usage error names the path otherwise.</summary>
    public static HistoryStore OpenExisting(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"no history file at {path}; run 'tqa nightly' or 'tqa check --history FILE' first, or name one with --history");
        }

        return HistoryStore.Open(path);
    }

    /// <summary>Runs a command's work on the history file; a damaged or unwritable file is a plain error naming it (exit 2), never a stack trace.</summary>
    public static T Guard<T>(string path, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception ex) when (HistoryFailure.IsStorage(ex))
        {
            throw HistoryFailure.For(path, ex);
        }
    }

    /// <summary>The reviewer's name when <c>--by</c> is not given.</summary>
    public static string DefaultReviewer() =>
        Environment.GetEnvironmentVariable("USER") is { Length: > 0 } user ? user : Environment.UserName;
}
