using System.Xml.Linq;
using Translation.Quality.Tests.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.History;

/// <summary>A merged sharded night looks like an unsharded one: same files, same summary, 'latest' moved.</summary>
public sealed class MergedNightTests
{
    [Fact]
    public async Task MergeIntoTheNightFolder_WritesEveryConfiguredFormat_AndMovesLatest_LikeAnUnshardedNight()
    {
        using var setup = new NightlySetup("""
              - name: wire
                path: feed.jsonl
                thresholds: { maxFailingShare: 1 }
            """);
        setup.File("pipeline.yaml", """
            history:
              path: history.db
            reports:
              formats: [json, md, html, junit]
            feeds:
              - name: wire
                path: feed.jsonl
                thresholds: { maxFailingShare: 1 }
            """);
        setup.File("feed.jsonl", NightlySetup.GeneratedFeed(40));

        var whole = await setup.Nightly("2024-06-01", "--history", Path.Combine(setup.Root, "whole.db"), "--out", Path.Combine(setup.Root, "whole"));
        var sharded = Path.Combine(setup.Root, "sharded");
        var s1 = await setup.Nightly("2024-06-01", "--shard", "1/2", "--history", Path.Combine(setup.Root, "s1.db"), "--out", sharded);
        var s2 = await setup.Nightly("2024-06-01", "--shard", "2/2", "--history", Path.Combine(setup.Root, "s2.db"), "--out", sharded);
        Assert.True(whole.Exit == 0, whole.Err);
        Assert.True(s1.Exit == 0, s1.Err);
        Assert.True(s2.Exit == 0, s2.Err);

        // The Kubernetes layout: the shards inside the night's folder, merged into it.
        var night = Path.Combine(sharded, "2024-06-01");
        var merge = await CliRunner.Run("merge", Path.Combine(night, "shard-1-of-2"), Path.Combine(night, "shard-2-of-2"), "--out", night, "--config", setup.Config, "--history", Path.Combine(setup.Root, "merged.db"), "--quiet");
        Assert.True(merge.Exit == 0, merge.Err);

        var wholeNight = Path.Combine(setup.Root, "whole", "2024-06-01");
        Assert.Equal(Files(wholeNight), Files(night));
        Assert.Equal(["report.html", "report.json", "report.junit.xml", "report.md"], Files(night));
        Assert.Equal(whole.Out, merge.Out);
        Assert.Equal(NightlySetup.Stable(Path.Combine(wholeNight, "report.json")), NightlySetup.Stable(Path.Combine(night, "report.json")));
        Assert.Equal(Totals(Path.Combine(wholeNight, "report.junit.xml")), Totals(Path.Combine(night, "report.junit.xml")));
        Assert.Equal("2024-06-01", new DirectoryInfo(Path.Combine(sharded, "latest")).LinkTarget);
        Assert.Empty(Directory.GetDirectories(night, ".staging*"));
    }

    [Fact]
    public async Task AMergeWhoseReportsCannotBePublished_LeavesTheNightOutOfHistory_UntilARetryPublishesThem()
    {
        using var setup = new NightlySetup("""
              - name: wire
                path: feed.jsonl
                thresholds: { maxFailingShare: 1 }
            """);
        setup.File("feed.jsonl", NightlySetup.GeneratedFeed(20));
        var sharded = Path.Combine(setup.Root, "sharded");
        var s1 = await setup.Nightly("2024-06-01", "--shard", "1/2", "--history", Path.Combine(setup.Root, "s1.db"), "--out", sharded);
        var s2 = await setup.Nightly("2024-06-01", "--shard", "2/2", "--history", Path.Combine(setup.Root, "s2.db"), "--out", sharded);
        Assert.True(s1.Exit == 0, s1.Err);
        Assert.True(s2.Exit == 0, s2.Err);
        var night = Path.Combine(sharded, "2024-06-01");
        var merged = Path.Combine(setup.Root, "merged.db");
        string[] merge = ["merge", Path.Combine(night, "shard-1-of-2"), Path.Combine(night, "shard-2-of-2"), "--out", night, "--config", setup.Config, "--history", merged, "--quiet"];

        // A folder where report.md goes: the simulated write failure of the all-or-nothing report-set tests.
        var blocker = Path.Combine(night, "report.md");
        Directory.CreateDirectory(blocker);
        var failed = await CliRunner.Run(merge);

        Assert.NotEqual(0, failed.Exit);
        Assert.Contains("no report was published", failed.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(night, "report.json")));
        Assert.DoesNotContain("2024-06-01", (await History(merged)).Out, StringComparison.Ordinal);

        // Once the reports can be published, the retry records the night.
        Directory.Delete(blocker);
        var retried = await CliRunner.Run(merge);

        Assert.True(retried.Exit == 0, retried.Err);
        Assert.True(File.Exists(Path.Combine(night, "report.json")));
        Assert.Contains("2024-06-01", (await History(merged)).Out, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Out, string Err)> History(string path)
    {
        var (exit, stdout, stderr) = await CliRunner.Run("history", "--history", path);
        Assert.True(exit == 0, stderr);
        return (exit, stdout, stderr);
    }

    private static string[] Files(string folder) =>
        [.. Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private static string Totals(string junit)
    {
        var root = XDocument.Load(junit).Root!;
        return string.Join(' ', new[] { "tests", "failures", "errors" }.Select(a => $"{a}={(string?)root.Attribute(a)}"));
    }
}
