using System.Text.Json;
using Translation.Quality.Tests.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Reports;

/// <summary>Ids and article text reach report.md as text: no remote image, link, emphasis, HTML or entity of their own.</summary>
public sealed class MarkdownEscapingTests
{
    [Fact]
    public async Task IdsAndQuotes_AreEscaped_InEveryCellAndQuote()
    {
        using var dir = new TempDir();
        var id = "![i](http://example.invalid/i.png)";
        var text = "The the council met on **Tuesday** near [the port](http://example.invalid/l) & the &amp; <b>bar</b> | www.example.invalid.";
        var feed = dir.File("feed.jsonl", JsonSerializer.Serialize(new { id, sourceLanguage = "fr", targetLanguage = "en", text }) + "\n");
        var outDir = Path.Combine(dir.Path, "out");

        var (exit, _, stderr) = await CliRunner.Run("check", feed, "--format", "md", "--out", outDir, "--quiet");

        Assert.True(exit == 1, $"exit {exit}: {stderr}");
        var md = File.ReadAllText(Path.Combine(outDir, "report.md"));
        Assert.Contains("The the", md, StringComparison.Ordinal);
        foreach (var raw in new[] { "![i](", "](http", "**Tuesday**", "<b>", "&amp; <", "http://", "www.example" })
        {
            Assert.DoesNotContain(raw, md, StringComparison.Ordinal);
        }

        Assert.Contains(@"\!\[i\]\(http\://example.invalid/i.png\)", md, StringComparison.Ordinal);
        Assert.Contains(@"\*\*Tuesday\*\*", md, StringComparison.Ordinal);
        Assert.Contains("&amp;amp; &lt;b&gt;bar&lt;/b&gt; \\| www\\.example", md, StringComparison.Ordinal);
        // The table row keeps its six cells: the id's characters end none.
        var row = Assert.Single(md.Split('\n'), line => line.StartsWith(@"| \!\[i\]", StringComparison.Ordinal));
        Assert.Equal(7, System.Text.RegularExpressions.Regex.Count(row, @"(?<!\\)\|"));
    }
}
