using Translation.Quality.Config;

namespace Translation.Quality.Nightly;

/// <summary>Relative feed and history paths in pipeline.yaml resolve against its folder, so the file can name its feeds wherever tqa runs.</summary>
public static class ConfigPaths
{
    public static string BaseDirectory(PipelineOptions options) =>
        options.File.StartsWith("(built-in)", StringComparison.Ordinal)
            ? Directory.GetCurrentDirectory()
            : Path.GetDirectoryName(Path.GetFullPath(options.File)) ?? Directory.GetCurrentDirectory();

    public static string Resolve(PipelineOptions options, string path) => Path.GetFullPath(Path.Combine(BaseDirectory(options), path));

    public static string HistoryPath(PipelineOptions options) => Resolve(options, options.History.Path);
}
