using System.Xml.Linq;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Cli;

public sealed class CheckReportFormatsTests
{
    [Fact]
    public async Task Check_WritesHtmlAndJUnitReports_OfTheSampleFeed()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "out");
        var feed = Path.Combine(RepoPaths.Fixtures, "sample-feed");

        var (exit, stdout, _) = await CliRunner.Run("check", Path.Combine(feed, "xliff"), Path.Combine(feed, "feed.jsonl"), "--format", "html,junit", "--out", outDir);

        Assert.Contains(exit, new[] { 0, 1 });
        Assert.Contains("report.html", stdout, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(Path.Combine(outDir, "report.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
        Assert.Contains("leipzig-book-fair", html, StringComparison.Ordinal);
        var junit = XDocument.Load(Path.Combine(outDir, "report.junit.xml")).Root!;
        var articles = junit.Elements("testsuite").Where(s => (string?)s.Attribute("name") != "tqa").Sum(s => (int)s.Attribute("tests")!);
        Assert.Equal(15, articles);
        Assert.Equal(exit == 1 ? "1" : "0", (string?)junit.Elements("testsuite").Single(s => (string?)s.Attribute("name") == "tqa").Attribute("failures"));
        Assert.Empty(Directory.GetFileSystemEntries(outDir, "*.tmp"));
    }

    [Fact]
    public async Task PipelineYaml_AcceptsTheNewFormats()
    {
        using var dir = new TempDir();
        var pipeline = dir.File("pipeline.yaml", "reports:\n  formats: [html, junit]\n  out: out\n");
        dir.File("in/de-en/clean.txt", "The council approved the budget on Tuesday.");

        var (exit, _, err) = await CliRunner.Run("check", Path.Combine(dir.Path, "in"), "--config", pipeline, "--out", Path.Combine(dir.Path, "out"));

        Assert.True(exit == 0, err);
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "report.html")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "report.junit.xml")));
    }
}
