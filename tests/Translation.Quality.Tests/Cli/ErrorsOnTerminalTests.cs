using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Cli;

/// <summary>Articles that could not be checked are named on the terminal, not only counted.</summary>
public sealed class ErrorsOnTerminalTests
{
    [Fact]
    public async Task BadJsonlLines_ShowTheFirstTenReasons_AndWhereTheRestAre()
    {
        using var dir = new TempDir();
        var lines = string.Concat(Enumerable.Range(0, 13).Select(i => "{broken " + i + "\n"))
            + "{\"id\": \"ok\", \"sourceLanguage\": \"fr\", \"targetLanguage\": \"en\", \"text\": \"The vote was held on Monday, officials said.\"}\n";
        var feed = dir.File("feed.jsonl", lines);
        var outDir = Path.Combine(dir.Path, "out");

        var (exit, _, stderr) = await CliRunner.Run("check", feed, "--out", outDir, "--format", "json");

        Assert.Equal(3, exit);
        Assert.Contains("tqa: 13 articles were not checked:", stderr, StringComparison.Ordinal);
        Assert.Contains("feed.jsonl:1", stderr, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", stderr, StringComparison.Ordinal);
        var listed = stderr.Split('\n').Count(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains("feed.jsonl:", StringComparison.Ordinal));
        Assert.Equal(10, listed);
        Assert.Contains($"… and 3 more: see {Path.Combine(outDir, "report.json")}", stderr, StringComparison.Ordinal);
    }
}
