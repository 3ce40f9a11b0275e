using System.CommandLine;

namespace Translation.Quality.Cli.Commands;

internal static class CommonOptions
{
    /// <summary>A --source-lang or --target-lang value as a language code (fr-FR → fr); a name or typo is a usage error that suggests the code.</summary>
    public static string? Language(string? value, string option) =>
        value is null ? null : Documents.LanguageCode.Normalize(value, out var problem) ?? throw new UsageException($"{option}: {problem}");

    public static Option<string?> Config() => new("--config", "-c")
    {
        Description = "pipeline.yaml to use (default: the built-in pipeline and rule packs).",
    };
}
