using System.Text.Json;
using Translation.Quality.Cli;
using Translation.Quality.Config;
using Translation.Quality.Tests.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Config;

/// <summary>A user's pipeline.yaml overlays the built-in one key by key; every path it writes is relative to it.</summary>
public sealed class ConfigOverlayTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Theory]
    [InlineData("thresholds: {maxFailingShare: 0.9}\n")]
    [InlineData("reports: {formats: [json]}\n")]
    [InlineData("feeds:\n  - name: wire\n    path: .\n    thresholds: {maxFailingShare: 0.5}\n")]
    public void APartialFile_KeepsTheBuiltInValuesItLeavesOut(string yaml)
    {
        var loaded = new ConfigLoader().Load(_dir.File("pipeline.yaml", yaml));
        var builtin = new ConfigLoader().Load(null).Options;

        Assert.Equal(10, builtin.Thresholds.MaxCritical);
        Assert.Equal(builtin.Thresholds.MaxCritical, loaded.Options.Thresholds.MaxCritical);
        Assert.Equal(builtin.Scoring.MaxPenaltyPer1000Words, loaded.Options.Scoring.MaxPenaltyPer1000Words);
        Assert.Equal(builtin.Stages, loaded.Options.Stages);
        Assert.Equal(builtin.Languages, loaded.Options.Languages);
        Assert.All(loaded.Options.Feeds, f => Assert.Equal(10, f.Thresholds.MaxCritical));
    }

    [Fact]
    public void OneThresholdSet_TheOtherStaysTheBuiltIn_AndAWeightOverlaysOnlyItsSeverity()
    {
        var loaded = new ConfigLoader().Load(_dir.File("pipeline.yaml", "thresholds: {maxFailingShare: 0.9}\nscoring: {weights: {major: 7}}\n"));

        Assert.Equal(0.9, loaded.Options.Thresholds.MaxFailingShare);
        Assert.Equal(7, loaded.Options.Scoring.Weights[Quality.Documents.Severity.Major]);
        Assert.Equal(25, loaded.Options.Scoring.Weights[Quality.Documents.Severity.Critical]);
        Assert.Equal(25, loaded.Options.Scoring.MaxPenaltyPer1000Words);
    }

    [Fact]
    public async Task APartialFile_StillBreaksTheRunOnCriticalFindings()
    {
        var config = _dir.File("pipeline.yaml", "thresholds: {maxFailingShare: 1}\n");
        var lines = Enumerable.Range(0, 12).Select(i => JsonSerializer.Serialize(new
        {
            id = $"u{i}",
            sourceLanguage = "fr",
            targetLanguage = "en",
            text = $"The ministry confirmed the figures for region {i} on Tuesday, a déclaré le porte-parole du gouvernement.",
        }));
        var feed = _dir.File("feed.jsonl", string.Join('\n', lines) + "\n");

        var (exit, stdout, stderr) = await CliRunner.Run("check", feed, "--config", config, "--format", "json", "--out", Path.Combine(_dir.Path, "out"));

        Assert.True(exit == 1, stdout + stderr);
        Assert.Contains("critical", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void PathsTheFileWrites_AreRelativeToIt_AndTheOnesItLeavesOut_ToTheWorkingFolder()
    {
        var config = _dir.File("conf/pipeline.yaml", "history: {path: state/h.db}\ntranslator: {cache: {path: cache.db}}\nfeeds:\n  - name: wire\n    path: feeds\n");
        var options = new ConfigLoader().Load(config).Options;
        var conf = Path.Combine(_dir.Path, "conf");

        Assert.Equal(Path.Combine(conf, "state", "h.db"), options.History.Path);
        Assert.Equal(Path.Combine(conf, "cache.db"), options.Translator.Cache.Path);
        Assert.Equal(Path.Combine(conf, "feeds"), options.Feeds[0].Path);
        Assert.Equal(Path.GetFullPath("tqa-report"), options.Reports.Out);

        var withOut = new ConfigLoader().Load(_dir.File("conf/p2.yaml", "reports: {out: night-reports}\n")).Options;
        Assert.Equal(Path.Combine(conf, "night-reports"), withOut.Reports.Out);
        Assert.Equal(Path.GetFullPath(".tqa/history.db"), withOut.History.Path);
    }

    [Fact]
    public void TheBuiltInHistory_IsInTheWorkingFolder_WhereTheShippedPipelineKeepsItForTheRepository()
    {
        Assert.Equal(Path.GetFullPath(".tqa/history.db"), HistoryLocation.Resolve(null, null));

        var shipped = new ConfigLoader().Load(Path.Combine(RepoPaths.Config, "pipeline.yaml")).Options;
        Assert.Equal(Path.Combine(RepoPaths.Root, ".tqa", "history.db"), shipped.History.Path);
        Assert.Equal(Path.Combine(RepoPaths.Root, "tqa-report"), shipped.Reports.Out);
    }

    [Fact]
    public async Task HistoryAndReviewList_FindTheHistoryNightlyWrote()
    {
        using var setup = new NightlySetup("""
              - name: wire
                path: feed.jsonl
                thresholds: { maxFailingShare: 1 }
            """);
        setup.File("feed.jsonl", NightlySetup.GeneratedFeed(6));
        var (nightly, _, nightlyErr) = await setup.Nightly("2024-05-02");
        Assert.True(nightly == 0, nightlyErr);

        var (history, historyOut, historyErr) = await CliRunner.Run("history", "--config", setup.Config);
        var (review, reviewOut, reviewErr) = await CliRunner.Run("review", "list", "--config", setup.Config);

        Assert.True(history == 0, historyErr);
        Assert.Contains("2024-05-02", historyOut, StringComparison.Ordinal);
        Assert.True(review == 0, reviewErr);
        Assert.Contains("story-", reviewOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigShow_PrintsEveryEffectiveValue_WithWhereItCameFrom()
    {
        var config = _dir.File("pipeline.yaml", "thresholds: {maxFailingShare: 0.9}\nhistory:\n  path: h.db\n");

        var (exit, stdout, stderr) = await CliRunner.Run("config", "show", "--config", config);

        Assert.True(exit == 0, stderr);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToDictionary(c => c[0], c => (Value: c[1], From: c[2]));
        Assert.Equal(("0.9", $"{config}:1:31"), rows["thresholds.maxFailingShare"]);
        Assert.Equal(("10", EffectiveConfig.BuiltinOrigin), rows["thresholds.maxCritical"]);
        Assert.Equal((Path.Combine(_dir.Path, "h.db"), $"{config}:3:9"), rows["history.path"]);
        Assert.Equal((Path.GetFullPath("tqa-report"), EffectiveConfig.BuiltinOrigin), rows["reports.out"]);
    }

    public void Dispose() => _dir.Dispose();
}
