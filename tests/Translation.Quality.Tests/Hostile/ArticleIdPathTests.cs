using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Hostile;

/// <summary>
/// Article ids and feed names that look like paths: reported as given, and nothing is written
/// anywhere but the reports in <c>--out</c>.
/// </summary>
public sealed class ArticleIdPathTests
{
    [Fact]
    public async Task IdsWithDotDotAbsolutePathsAndSeparators_WriteNothingOutsideTheOutFolder()
    {
        using var dir = new TempDir();
        var sandbox = Path.Combine(dir.Path, "sandbox");
        var outDir = Path.Combine(sandbox, "reports", "out");
        var absolute = Path.Combine(dir.Path, "absolute-target");
        string[] ids =
        [
            "../../escape", "../../../../../../../../tmp/escape", absolute, Path.Combine(absolute, "report.json"),
            "a/b\\c:d", "..", ".", "/", "report.json", "..\\..\\windows", "nul\u0000byte", "line\nbreak",
        ];
        var lines = ids.Select(id => System.Text.Json.JsonSerializer.Serialize(new { id, sourceLanguage = "fr", targetLanguage = "en", text = HostileCopy.Garbled, feed = id }));
        dir.File("sandbox/in/feed.jsonl", string.Join('\n', lines));
        dir.File("sandbox/in/story.xlf", $"""
            <xliff version="1.2"><file source-language="fr" target-language="en" original="../../../xliff-escape"><body>
            <trans-unit id="../unit"><source>Le numéro un.</source><target>The the number one.</target></trans-unit>
            </body></file><file source-language="fr" target-language="en" original="{absolute}-xliff"><body>
            <trans-unit id="1"><source>Le numéro un.</source><target>The the number one.</target></trans-unit>
            </body></file></xliff>
            """);
        var before = Snapshot(dir.Path);

        var run = await HostileRun.CheckAsync(outDir, [Path.Combine(sandbox, "in")]);

        run.AssertComplete(ids.Length + 2);
        Assert.Equal(1, run.Exit);
        foreach (var id in ids)
        {
            var article = Assert.Single(run.Articles, a => a.GetProperty("id").GetString() == id);
            Assert.Equal("checked", HostileRun.Status(article));
        }

        // The only new files are the four reports, all inside --out.
        var added = Snapshot(dir.Path).Except(before).Order(StringComparer.Ordinal).ToList();
        string[] reports = ["report.html", "report.json", "report.junit.xml", "report.md"];
        Assert.Equal(reports.Select(r => Path.Combine(outDir, r)), added);
        Assert.False(Path.Exists(absolute));
        Assert.False(Path.Exists(absolute + "-xliff"));
    }

    /// <summary>Every file and folder under <paramref name="root"/>.</summary>
    private static HashSet<string> Snapshot(string root) =>
        [.. Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Where(File.Exists)];
}
