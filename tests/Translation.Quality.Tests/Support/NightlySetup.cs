using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Translation.Quality.Tests.Cli;

namespace Translation.Quality.Tests.Support;

/// <summary>A scratch pipeline.yaml with feeds, a history file and a reports root, driven through the real CLI.</summary>
public sealed class NightlySetup : IDisposable
{
    private readonly TempDir _dir = new();

    public NightlySetup(string feedsYaml)
    {
        Config = _dir.File("pipeline.yaml", $"""
            history:
              path: history.db
              batchSize: 50
            feeds:
            {feedsYaml}
            """);
    }

    public string Root => _dir.Path;

    public string Config { get; }

    public string History => Path.Combine(Root, "history.db");

    public string Reports => Path.Combine(Root, "reports");

    public string File(string relative, string content) => _dir.File(relative, content);

    /// <summary>Runs <c>tqa nightly</c> for a night, with this setup's config, reports root and (unless given) history.</summary>
    public Task<(int Exit, string Out, string Err)> Nightly(string night, params string[] extra) =>
        CliRunner.Run(["nightly", "--config", Config, "--date", night, "--quiet", .. extra.Contains("--out") ? extra : [.. extra, "--out", Reports]]);

    public JsonDocument Report(string folder) => JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(folder, "report.json")));

    public string NightFolder(string night) => Path.Combine(Reports, night);

    /// <summary>A JSONL feed of small articles; every third one has defects, so findings and clean articles mix.</summary>
    public static string GeneratedFeed(int count, Func<int, string>? textOf = null)
    {
        var lines = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var text = textOf?.Invoke(i) ?? DefaultText(i);
            lines.Append(JsonSerializer.Serialize(new { id = string.Create(CultureInfo.InvariantCulture, $"story-{i:D5}"), sourceLanguage = "fr", targetLanguage = "en", text })).Append('\n');
        }

        return lines.ToString();
    }

    public static string DefaultText(int i) => (i % 3) switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"The regional council met on Tuesday in town number {i}. The meeting ended at 14h30 , officials said.\n\nThe the budget grew by 2,5 percent this year."),
        1 => string.Create(CultureInfo.InvariantCulture, $"Rail services resumed on line {i} after a two-day strike, the operator said on Monday.\n\nPassengers were advised to check timetables before travelling."),
        _ => string.Create(CultureInfo.InvariantCulture, $"A new bridge over the river opened in district {i}, the mayor said.\n\nThe work took three years and cost 12 million euros."),
    };

    /// <summary>report.json without what differs between two equal runs (times, generation stamp).</summary>
    public static string Stable(string reportPath)
    {
        var root = JsonNode.Parse(System.IO.File.ReadAllText(reportPath))!.AsObject();
        root.Remove("generatedAt");
        var summary = root["summary"]!.AsObject();
        summary.Remove("stageSeconds");
        summary.Remove("elapsedSeconds");
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    public void Dispose() => _dir.Dispose();
}
