using System.Reflection;

namespace Translation.Quality.Config;

/// <summary>The default pipeline.yaml and rule packs, built into the library so tqa works from any folder.</summary>
public static class EmbeddedConfig
{
    private const string Prefix = "config/";

    public static string PipelineYaml => Read(Prefix + "pipeline.yaml") ?? string.Empty;

    /// <summary>Built-in rule packs: (display name, YAML).</summary>
    public static IEnumerable<(string Name, string Content)> RulePacks()
    {
        var assembly = typeof(EmbeddedConfig).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix + "rules/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return ("(built-in) " + name, Read(name)!);
        }
    }

    private static string? Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
