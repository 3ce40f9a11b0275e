using System.CommandLine;

namespace Translation.Quality.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string?> Config() => new("--config", "-c")
    {
        Description = "pipeline.yaml to use (default: the built-in pipeline and rule packs).",
    };
}
