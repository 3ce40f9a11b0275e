using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Translation.Quality.Tests.Cli;
using Translation.Quality.Tests.Support;
using Xunit.Abstractions;

namespace Translation.Quality.Tests.History;

public sealed class NightlyCommandTests
{
    private readonly ITestOutputHelper _output;

    public NightlyCommandTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task SecondNightOverAnUnchangedFeed_ReChecksNothingAndReportsEveryArticleUnchanged()
    {
        using var setup = new NightlySetup("""
              - name: wire
                path: feed.jsonl
                thresholds: { maxFailingShare: 1 }
            """);
        setup.File("feed.jsonl", NightlySetup.GeneratedFeed(300));

        var clock = Stopwatch.StartNew();
        var (first, _, err1) = await setup.Nightly("2024-05-01");
        var firstTime = clock.Elapsed;
        clock.Restart();
        var (second, _, err2) = await setup.Nightly("2024-05-02");
        var secondTime = clock.Elapsed;
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"300 articles: first night {firstTime.TotalMilliseconds:0} ms, second {secondTime.TotalMilliseconds:0} ms"));

        Assert.True(first == 0, err1);
        Assert.True(second == 0, err2);
        using var night1 = setup.Report(setup.NightFolder("2024-05-01"));
        using var night2 = setup.Report(setup.NightFolder("2024-05-02"));
        var s1 = night1.RootElement.GetProperty("summary");
        var s2 = night2.RootElement.GetProperty("summary");
        Assert.Equal(300, s1.GetProperty("checked").GetInt32());
        Assert.Equal(0, s2.GetProperty("checked").GetInt32());
        Assert.Equal(300, s2.GetProperty("unchanged").GetInt32());
        Assert.Equal(300, s2.GetProperty("articles").GetInt32());
        Assert.Equal(s1.GetProperty("findings").GetInt32(), s2.GetProperty("findings").GetInt32());
        Assert.True(s2.GetProperty("findings").GetInt32() > 0);
        Assert.Equal(0, s2.GetProperty("changes").GetProperty("new").GetInt32());

        // Every article is still listed, with its carried findings, their offsets and a status.
        var articles = night2.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(300, articles.Count);
        Assert.All(articles, a => Assert.Equal("unchanged", a.GetProperty("status").GetString()));
        var withFindings = articles.First(a => a.GetProperty("findings").GetArrayLength() > 0);
        Assert.All(withFindings.GetProperty("findings").EnumerateArray(), f => Assert.Equal("carried", f.GetProperty("change").GetString()));
        Assert.Equal(
            night1.RootElement.GetProperty("articles")[0].GetProperty("findings").ToString(),
            night2.RootElement.GetProperty("articles")[0].GetProperty("findings").ToString().Replace("\"carried\"", "\"new\"", StringComparison.Ordinal));

        // Trends: one row per night; the latest pointer names the second night.
        var latest = Path.Combine(setup.Reports, "latest");
        Assert.Equal("2024-05-02", new DirectoryInfo(latest).LinkTarget ?? File.ReadAllText(latest + ".txt").Trim());
        var md = File.ReadAllText(Path.Combine(setup.NightFolder("2024-05-02"), "report.md"));
        Assert.Contains("## Last 2 nights", md, StringComparison.Ordinal);
        Assert.Contains("| 2024-05-01 | wire | 300 |", md, StringComparison.Ordinal);
        var (exit, history, _) = await CliRunner.Run("history", "--history", setup.History, "--nights", "14");
        Assert.Equal(0, exit);
        Assert.Contains("2024-05-01", history, StringComparison.Ordinal);
        Assert.Contains("2024-05-02", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DismissedFinding_StaysAwayAfterAnEditElsewhere_AndANewDefectIsNew()
    {
        using var setup = new NightlySetup("""
              - name: wire
                path: feed.jsonl
                thresholds: { maxFailingShare: 1 }
            """);
        const string calque = "The Cuban number one arrived in Hanoi on Sunday for talks on trade.";
        const string plain = "Officials said the visit would last three days.";
        setup.File("feed.jsonl", NightlySetup.GeneratedFeed(1, _ => $"{calque}\n\n{plain}"));

        Assert.Equal(0, (await setup.Nightly("2024-05-01")).Exit);
        using var night1 = setup.Report(setup.NightFolder("2024-05-01"));
        var finding = night1.RootElement.GetProperty("articles")[0].GetProperty("findings").EnumerateArray().Single();
        Assert.Equal("calque", finding.GetProperty("class").GetString());
        Assert.Equal("new", finding.GetProperty("change").GetString());
        var fingerprint = finding.GetProperty("fingerprint").GetString()!;

        var (dismiss, _, dismissErr) = await CliRunner.Run("review", "dismiss", fingerprint, "--reason", "house style allows it here", "--by", "desk", "--history", setup.History);
        Assert.True(dismiss == 0, dismissErr);

        // The editor fixes nothing in that sentence but rewrites the other paragraph, adding a new defect.
        setup.File("feed.jsonl", NightlySetup.GeneratedFeed(1, _ => $"{calque}\n\nThe the officials said the visit would last three days."));
        Assert.Equal(0, (await setup.Nightly("2024-05-02")).Exit);
        using var night2 = setup.Report(setup.NightFolder("2024-05-02"));
        var article = night2.RootElement.GetProperty("articles")[0];
        Assert.Equal("checked", article.GetProperty("status").GetString());
        var findings = article.GetProperty("findings").EnumerateArray().ToList();
        Assert.DoesNotContain(findings, f => f.GetProperty("fingerprint").GetString() == fingerprint);
        var repeated = Assert.Single(findings);
        Assert.Equal("repeated-word", repeated.GetProperty("class").GetString());
        Assert.Equal("new", repeated.GetProperty("change").GetString());
        Assert.Equal(1, night2.RootElement.GetProperty("summary").GetProperty("suppressed").GetInt32());
        Assert.Empty(article.GetProperty("resolved").EnumerateArray());

        // Unchanged the next night: still suppressed, the new defect now carried.
        Assert.Equal(0, (await setup.Nightly("2024-05-03")).Exit);
        using var night3 = setup.Report(setup.NightFolder("2024-05-03"));
        var again = night3.RootElement.GetProperty("articles")[0];
        Assert.Equal("unchanged", again.GetProperty("status").GetString());
        Assert.Equal("carried", Assert.Single(again.GetProperty("findings").EnumerateArray()).GetProperty("change").GetString());
        Assert.Equal(1, night3.RootElement.GetProperty("summary").GetProperty("suppressed").GetInt32());

        // The defect is fixed: it is resolved.
        setup.File("feed.jsonl", NightlySetup.GeneratedFeed(1, _ => $"{calque}\n\nThe officials said the visit would last three days."));
        Assert.Equal(0, (await setup.Nightly("2024-05-04")).Exit);
        using var night4 = setup.Report(setup.NightFolder("2024-05-04"));
        var fixedArticle = night4.RootElement.GetProperty("articles")[0];
        Assert.Empty(fixedArticle.GetProperty("findings").EnumerateArray());
        Assert.Equal(repeated.GetProperty("fingerprint").GetString(), Assert.Single(fixedArticle.GetProperty("resolved").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task ShardsMerged_EqualOneUnshardedRun()
    {
        using var setup = new NightlySetup("""
              - name: wire
                path: feed.jsonl
                thresholds: { maxFailingShare: 0.1 }
              - name: desk
                path: txt
            """);
        setup.File("feed.jsonl", NightlySetup.GeneratedFeed(120) + "{broken line\n");
        setup.File("txt/fr-en/alpha.txt", "The minister German of Finance spoke at 9h15 on Monday.");
        setup.File("txt/fr-en/beta.txt", "Clean copy with nothing to flag, the agency said.");
        setup.File("txt/es-en/gamma.txt", "Prices rose 3,2 percent in the past Tuesday, the institute said.");

        var whole = await setup.Nightly("2024-06-01", "--history", Path.Combine(setup.Root, "whole.db"), "--out", Path.Combine(setup.Root, "whole"));
        var shard1 = await setup.Nightly("2024-06-01", "--shard", "1/2", "--history", Path.Combine(setup.Root, "s1.db"), "--out", Path.Combine(setup.Root, "sharded"));
        var shard2 = await setup.Nightly("2024-06-01", "--shard", "2/2", "--history", Path.Combine(setup.Root, "s2.db"), "--out", Path.Combine(setup.Root, "sharded"));
        var shardDirs = new[] { "shard-1-of-2", "shard-2-of-2" }.Select(d => Path.Combine(setup.Root, "sharded", "2024-06-01", d)).ToArray();
        var merged = Path.Combine(setup.Root, "merged");
        var merge = await CliRunner.Run(["merge", .. shardDirs, "--out", merged, "--history", Path.Combine(setup.Root, "merged.db"), "--quiet"]);

        // Exit 3: the broken line is an article that could not be read, in the whole run as in the merge.
        Assert.Equal(3, whole.Exit);
        Assert.Equal(3, merge.Exit);
        // The broken line is sharded by its place ("path:line", under a temporary folder that differs from run
        // to run): exactly one shard has it and exits 3; the other breaks the threshold only and exits 1.
        Assert.True(new[] { shard1.Exit, shard2.Exit }.Order().SequenceEqual([1, 3]), $"exits {shard1.Exit} and {shard2.Exit}: {shard1.Err}{shard2.Err}");
        using (var s1 = setup.Report(shardDirs[0]))
        using (var s2 = setup.Report(shardDirs[1]))
        {
            var n1 = s1.RootElement.GetProperty("summary").GetProperty("articles").GetInt32();
            var n2 = s2.RootElement.GetProperty("summary").GetProperty("articles").GetInt32();
            Assert.Equal(124, n1 + n2);
            Assert.InRange(n1, 30, 94);
        }

        Assert.Equal(NightlySetup.Stable(Path.Combine(setup.Root, "whole", "2024-06-01", "report.json")), NightlySetup.Stable(Path.Combine(merged, "report.json")));
        Assert.True(File.Exists(Path.Combine(merged, "report.md")));

        // The merged history knows every article and the night's totals, as the unsharded one does.
        var (_, wholeTrend, _) = await CliRunner.Run("history", "--history", Path.Combine(setup.Root, "whole.db"));
        var (_, mergedTrend, _) = await CliRunner.Run("history", "--history", Path.Combine(setup.Root, "merged.db"));
        Assert.Equal(wholeTrend, mergedTrend);
    }

    [Fact]
    public async Task FeedThresholds_AreJudgedPerFeed()
    {
        using var setup = new NightlySetup("""
              - name: strict
                path: strict.jsonl
                thresholds: { maxFailingShare: 0, maxCritical: 0 }
              - name: lenient
                path: lenient.jsonl
                thresholds: { maxFailingShare: 1 }
            """);
        setup.File("strict.jsonl", NightlySetup.GeneratedFeed(3));
        setup.File("lenient.jsonl", NightlySetup.GeneratedFeed(3));

        var (exit, stdout, _) = await setup.Nightly("2024-07-01");

        Assert.Equal(1, exit);
        Assert.Contains("threshold broken", stdout, StringComparison.Ordinal);
        using var report = setup.Report(setup.NightFolder("2024-07-01"));
        var breaches = report.RootElement.GetProperty("summary").GetProperty("thresholdBreaches").EnumerateArray().Select(b => b.GetString()!).ToList();
        Assert.Contains("feed strict: 1 of 3 articles fail MQM (33.3%), over its threshold of 0%", breaches);
        Assert.DoesNotContain(breaches, b => b.Contains("lenient", StringComparison.Ordinal));
        var feeds = report.RootElement.GetProperty("summary").GetProperty("feeds");
        Assert.True(feeds[0].GetProperty("thresholdBroken").GetBoolean());
        Assert.False(feeds[1].GetProperty("thresholdBroken").GetBoolean());
    }

    [Fact]
    public async Task ChangedRules_ReCheckUnchangedArticles()
    {
        using var setup = new NightlySetup("""
              - name: wire
                path: feed.jsonl
                thresholds: { maxFailingShare: 1 }
            """);
        setup.File("feed.jsonl", NightlySetup.GeneratedFeed(6));
        Assert.Equal(0, (await setup.Nightly("2024-05-01")).Exit);

        // Switching a rule off is a change of the rules: every article is checked again.
        File.AppendAllText(setup.Config, "\nrules:\n  disable: [EN_REPEATED_WORD]\n");
        Assert.Equal(0, (await setup.Nightly("2024-05-02")).Exit);

        using var report = setup.Report(setup.NightFolder("2024-05-02"));
        Assert.Equal(6, report.RootElement.GetProperty("summary").GetProperty("checked").GetInt32());
        Assert.Equal(0, report.RootElement.GetProperty("summary").GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task CheckWithHistory_SkipsUnchangedArticlesOnTheSecondRun()
    {
        using var dir = new TempDir();
        dir.File("in/fr-en/a.txt", "The talks ended at 14h30 on Friday.");
        dir.File("in/fr-en/b.txt", "Clean copy, the ministry said.");
        var history = Path.Combine(dir.Path, "h.db");
        var outDir = Path.Combine(dir.Path, "out");

        await CliRunner.Run("check", Path.Combine(dir.Path, "in"), "--out", outDir, "--format", "json", "--history", history);
        var (exit, _, err) = await CliRunner.Run("check", Path.Combine(dir.Path, "in"), "--out", outDir, "--format", "json", "--history", history);

        Assert.True(exit == 1, $"exit {exit}: {err}");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("unchanged").GetInt32());
        var finding = json.RootElement.GetProperty("articles")[0].GetProperty("findings")[0];
        Assert.Equal("carried", finding.GetProperty("change").GetString());
        Assert.False(json.RootElement.GetProperty("articles")[0].TryGetProperty("position", out _));
    }

    [Fact]
    public async Task CheckWithoutHistory_WritesNoHistoryFields()
    {
        using var dir = new TempDir();
        dir.File("in/fr-en/a.txt", "The talks ended at 14h30 on Friday.");
        var outDir = Path.Combine(dir.Path, "out");

        await CliRunner.Run("check", Path.Combine(dir.Path, "in"), "--out", outDir, "--format", "json");

        var text = File.ReadAllText(Path.Combine(outDir, "report.json"));
        Assert.DoesNotContain("\"change\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"resolved\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"suppressed\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nightly_WithoutFeedsOrWithAMissingPath_IsAConfigErrorAtItsLine()
    {
        using var setup = new NightlySetup("""
              - name: wire
                path: missing.jsonl
            """);

        var (exit, _, err) = await setup.Nightly("2024-05-01");
        var (builtin, _, builtinErr) = await CliRunner.Run("nightly", "--date", "2024-05-01");
        var (badDate, _, _) = await setup.Nightly("01/05/2024");
        var (badShard, _, shardErr) = await setup.Nightly("2024-05-01", "--shard", "3/2");

        Assert.Equal(2, exit);
        Assert.Contains("pipeline.yaml:5:5: error TQ101: feed 'wire': path not found", err, StringComparison.Ordinal);
        Assert.Equal(2, builtin);
        Assert.Contains("--config", builtinErr, StringComparison.Ordinal);
        Assert.Equal(2, badDate);
        Assert.Equal(2, badShard);
        Assert.Contains("--shard", shardErr, StringComparison.Ordinal);
    }
}
