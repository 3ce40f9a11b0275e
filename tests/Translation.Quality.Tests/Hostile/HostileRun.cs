using System.Diagnostics;
using System.Text.Json;
using Translation.Quality.Tests.Cli;

namespace Translation.Quality.Tests.Hostile;

/// <summary>
/// One real <c>tqa check</c> run, in-process, over inputs a test laid out, with every report
/// format on; what it printed and the parsed report.json.
/// </summary>
public sealed record HostileRun(int Exit, string Out, string Err, JsonElement Report, TimeSpan Elapsed, string OutDir)
{
    public static readonly string[] AllFormats = ["json", "md", "html", "junit"];

    public IReadOnlyList<JsonElement> Articles => [.. Report.GetProperty("articles").EnumerateArray()];

    /// <summary>Runs <c>tqa check</c> over <paramref name="inputs"/> into <paramref name="outDir"/>; the report must exist and parse.</summary>
    public static async Task<HostileRun> CheckAsync(string outDir, IEnumerable<string> inputs, params string[] extra)
    {
        string[] args = ["check", .. inputs, "--out", outDir, "--format", string.Join(',', AllFormats), "--quiet", .. extra];
        var clock = Stopwatch.StartNew();
        var (exit, stdout, stderr) = await CliRunner.Run(args);
        clock.Stop();
        var reportPath = Path.Combine(outDir, "report.json");
        Assert.True(File.Exists(reportPath), $"no report.json (exit {exit}): {stderr}");

        // Parsing the whole report also proves it is complete, well-formed JSON.
        using var json = JsonDocument.Parse(File.ReadAllBytes(reportPath));
        foreach (var file in new[] { "report.md", "report.html", "report.junit.xml" })
        {
            Assert.True(File.Exists(Path.Combine(outDir, file)), $"{file} missing (exit {exit}): {stderr}");
        }

        Assert.Empty(Directory.GetFileSystemEntries(outDir, "*.tmp"));
        return new HostileRun(exit, stdout, stderr, json.RootElement.Clone(), clock.Elapsed, outDir);
    }

    /// <summary>The one article whose id or path ends with <paramref name="suffix"/>.</summary>
    public JsonElement Article(string suffix) =>
        Assert.Single(Articles, a => a.GetProperty("id").GetString()!.EndsWith(suffix, StringComparison.Ordinal)
                                     || a.GetProperty("path").GetString()!.EndsWith(suffix, StringComparison.Ordinal));

    public static string Status(JsonElement article) => article.GetProperty("status").GetString()!;

    public static IEnumerable<JsonElement> Findings(JsonElement article) => article.GetProperty("findings").EnumerateArray();

    public static IEnumerable<(string Code, string Message)> Diagnostics(JsonElement article) =>
        article.GetProperty("diagnostics").EnumerateArray().Select(d => (d.GetProperty("code").GetString()!, d.GetProperty("message").GetString()!));

    /// <summary>The summary counts every article the report lists: nothing was lost on the way.</summary>
    public void AssertComplete(int articles)
    {
        Assert.Equal(articles, Articles.Count);
        Assert.Equal(articles, Report.GetProperty("summary").GetProperty("articles").GetInt32());
        Assert.False(Report.GetProperty("summary").GetProperty("interrupted").GetBoolean());
    }

    /// <summary>Every finding quotes its article exactly: text == article[start, end).</summary>
    public static void AssertOffsetsExact(JsonElement article, string text)
    {
        foreach (var f in Findings(article))
        {
            var start = f.GetProperty("start").GetInt32();
            var end = f.GetProperty("end").GetInt32();
            Assert.InRange(start, 0, end);
            Assert.InRange(end, start, text.Length);
            Assert.Equal(text[start..end], f.GetProperty("text").GetString());
        }
    }
}
