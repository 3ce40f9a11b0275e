using System.Text.Json;
using Translation.Quality.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.BrowserTests.Support;

/// <summary>
/// <c>tqa check</c> over fixtures/sample-feed (XLIFF and JSONL), as an editor would run it, writing
/// report.html and report.json. The tests take what to expect from the JSON, so they follow the rule
/// packs as linguists tune them.
/// </summary>
public sealed class SampleFeedReport
{
    private SampleFeedReport(string htmlPath, IReadOnlyList<SampleArticle> articles)
    {
        HtmlPath = htmlPath;
        Articles = articles;
    }

    public string HtmlPath { get; }

    public IReadOnlyList<SampleArticle> Articles { get; }

    public static async Task<SampleFeedReport> WriteAsync(string outDir)
    {
        var feed = Path.Combine(RepoPaths.Fixtures, "sample-feed");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(["check", Path.Combine(feed, "xliff"), Path.Combine(feed, "feed.jsonl"), "--format", "html,json", "--out", outDir, "--quiet"], stdout, stderr);
        Assert.True(exit == 1, $"tqa check exited {exit} (1 expected: the sample feed breaks the threshold): {stderr}");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "report.json")));
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().Select((a, i) =>
        {
            var path = a.GetProperty("path").GetString()!;
            var feedName = a.TryGetProperty("feed", out var f) ? f.GetString()! : FeedOf(path);
            bool? pass = a.GetProperty("mqm").ValueKind == JsonValueKind.Null ? null : a.GetProperty("mqm").GetProperty("pass").GetBoolean();
            var findings = a.GetProperty("findings").EnumerateArray().Select(x => new SampleFinding(
                x.GetProperty("class").GetString()!, x.GetProperty("severity").GetString()!, x.GetProperty("rule").GetString()!,
                x.GetProperty("text").GetString()!, x.GetProperty("suggestion").GetString(), x.GetProperty("fingerprint").GetString()!)).ToList();
            return new SampleArticle(i, a.GetProperty("id").GetString()!, path, feedName, pass, findings);
        }).ToList();
        return new SampleFeedReport(Path.Combine(outDir, "report.html"), articles);
    }

    /// <summary>The report's name for a feed the input does not name: the XLIFF or JSONL file.</summary>
    private static string FeedOf(string path)
    {
        var cut = path.IndexOf('#', StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = path.LastIndexOf(':');
        }

        return System.IO.Path.GetFileName(cut > 0 ? path[..cut] : path);
    }

    public IReadOnlyList<string> IdsWhere(Func<SampleArticle, bool> predicate) => [.. Articles.Where(predicate).Select(a => a.Id)];
}
