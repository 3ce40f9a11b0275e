using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Translation.Quality.Config;

namespace Translation.Quality.History;

/// <summary>
/// A hash of everything besides the article that decides its findings: the rule packs' text, the
/// pipeline's stages, disabled rules and scoring, and the tool build. Part of the "unchanged" key, so
/// a rule edit or a new tqa re-checks every article.
/// </summary>
public static class RulesKey
{
    public static string Compute(PipelineOptions options, string toolVersion)
    {
        var text = new StringBuilder();
        text.Append("tool ").Append(toolVersion).Append(' ').Append(typeof(RulesKey).Assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        text.Append("stages ").AppendJoin(',', options.Stages).Append('\n');
        text.Append("languages ").AppendJoin(',', options.Languages).Append('\n');
        text.Append("disable ").AppendJoin(',', options.Rules.Disable.Order(StringComparer.Ordinal)).Append('\n');
        foreach (var (severity, weight) in options.Scoring.Weights.OrderBy(kv => kv.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"weight {severity} {weight:R}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"maxPenalty {options.Scoring.MaxPenaltyPer1000Words:R}\n");
        if (options.Rules.Builtin)
        {
            foreach (var (name, content) in EmbeddedConfig.RulePacks())
            {
                AppendFile(text, name, content);
            }
        }

        // The built-in pipeline's rule paths name the built-in packs, already hashed above.
        if (!options.File.StartsWith("(built-in)", StringComparison.Ordinal))
        {
            var baseDir = Path.GetDirectoryName(Path.GetFullPath(options.File)) ?? Directory.GetCurrentDirectory();
            foreach (var path in options.Rules.Paths.Select(p => Path.GetFullPath(Path.Combine(baseDir, p))))
            {
                var files = Directory.Exists(path)
                    ? Directory.EnumerateFiles(path, "*.y*ml", SearchOption.AllDirectories).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
                    : File.Exists(path) ? [path] : Enumerable.Empty<string>();
                foreach (var file in files)
                {
                    AppendFile(text, Path.GetRelativePath(baseDir, file), File.ReadAllText(file));
                }
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }

    private static void AppendFile(StringBuilder text, string name, string content) =>
        text.Append(CultureInfo.InvariantCulture, $"pack {name} {content.Length}\n").Append(content).Append('\n');
}
