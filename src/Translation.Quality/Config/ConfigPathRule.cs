namespace Translation.Quality.Config;

/// <summary>
/// One rule for every path in pipeline.yaml: a path the file writes is relative to the file's
/// folder; a path it leaves out is the built-in default, relative to the folder tqa runs in.
/// Paths come out absolute, so every command that reads the same file finds the same files.
/// </summary>
public static class ConfigPathRule
{
    public static PipelineOptions Resolve(PipelineOptions options)
    {
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(options.File))!;
        string FromFile(string key, string path) =>
            Path.GetFullPath(options.Origins.ContainsKey(key) ? Path.Combine(baseDir, path) : path);

        return options with
        {
            Rules = options.Rules with { Paths = [.. options.Rules.Paths.Select(p => Path.GetFullPath(Path.Combine(baseDir, p)))] },
            Reports = options.Reports with { Out = FromFile("reports.out", options.Reports.Out) },
            History = options.History with { Path = FromFile("history.path", options.History.Path) },
            Translator = options.Translator with { Cache = options.Translator.Cache with { Path = FromFile("translator.cache.path", options.Translator.Cache.Path) } },
            Feeds = [.. options.Feeds.Select(f => f with { Path = Path.GetFullPath(Path.Combine(baseDir, f.Path)) })],
        };
    }
}
