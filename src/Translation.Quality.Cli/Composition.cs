using Translation.Quality.Composition;
using Translation.Quality.Config;

namespace Translation.Quality.Cli;

/// <summary>What the CLI adds to the core's <see cref="PipelineBuilder"/>: the tool's version. Everything else is chosen there.</summary>
public static class Composition
{
    /// <summary>A builder for <paramref name="config"/>, stamped with this tool's version.</summary>
    public static PipelineBuilder Builder(LoadedConfiguration config) => new PipelineBuilder(config).UseToolVersion(ToolVersion);

    public static string ToolVersion => typeof(Composition).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
