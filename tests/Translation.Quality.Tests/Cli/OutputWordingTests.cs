using System.Text.Json;
using Translation.Quality.Config;
using Translation.Quality.Ingest;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Cli;

/// <summary>What tqa says about its own run: help that matches behaviour, errors in plain words, confirmations and warnings.</summary>
public sealed class OutputWordingTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("{\"id\": \"a\", \"text\": x}", 21, "'x' is an invalid start of a value")]
    [InlineData("{\"id\": \"été\", \"text\": x}", 23, "'x' is an invalid start of a value")]
    [InlineData("{\"id\": \"a\", \"text\": \"b\"", 24, "an object or array is not closed by the end of the line")]
    public void JsonlError_SaysLineColumnAndAPlainReason(string line, int column, string reason)
    {
        var failure = Assert.IsType<IngestFailure>(JsonlArticleReader.Parse("feed.jsonl", 3, line, new LanguageDefaults(null, null), 0));

        Assert.Equal($"line 3, column {column}: not valid JSON: {reason}", failure.Message);
        Assert.Equal("feed.jsonl:3", failure.Path);
        Assert.DoesNotContain("LineNumber", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("isFinalBlock", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckHelp_NamesTheFormatsACheckWithoutFormatWrites()
    {
        var (helpExit, help, _) = await CliRunner.Run("check", "--help");
        var feed = _dir.File("feed.jsonl", NightlySetup.GeneratedFeed(1, _ => "Clean copy, the agency said."));
        var outDir = Path.Combine(_dir.Path, "out");
        var (exit, _, err) = await CliRunner.Run("check", feed, "--out", outDir, "--quiet");

        Assert.Equal(0, helpExit);
        Assert.True(exit == 0, err);
        var written = Directory.GetFiles(outDir).Select(f => Path.GetExtension(f).TrimStart('.')).Order(StringComparer.Ordinal).ToList();
        var formats = BuiltinPipeline.Options.Reports.Formats;
        Assert.Equal(formats.Select(f => f == "junit" ? "xml" : f).Order(StringComparer.Ordinal), written);
        Assert.Contains($"built in: {string.Join(",", formats)}", help.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("json,md)", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NightlyHelp_SaysConfigIsRequired_AndNightlyWithoutItIsAUsageError()
    {
        var (_, help, _) = await CliRunner.Run("nightly", "--help");
        var (exit, _, err) = await CliRunner.Run("nightly", "--date", "2024-05-01");

        var flat = help.ReplaceLineEndings(" ");
        Assert.Contains("required", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("default: the built-in pipeline", flat, StringComparison.Ordinal);
        Assert.Equal(2, exit);
        Assert.Contains("--config", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewExportToAFile_SaysWhatWasWrittenWhere()
    {
        var db = Path.Combine(_dir.Path, "h.db");
        var file = Path.Combine(_dir.Path, "decisions.json");
        Assert.Equal(0, (await CliRunner.Run("review", "confirm", "0123456789abcdef", "--by", "ana", "--history", db)).Exit);
        Assert.Equal(0, (await CliRunner.Run("review", "dismiss", "fedcba9876543210", "--by", "ana", "--reason", "a name", "--history", db)).Exit);

        var (exit, stdout, err) = await CliRunner.Run("review", "export", "--out", file, "--history", db);

        Assert.True(exit == 0, err);
        Assert.Equal($"2 review decisions from {db} written to {file}\n", stdout.ReplaceLineEndings("\n"));
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(2, json.RootElement.GetProperty("decisions").GetArrayLength());
    }

    [Fact]
    public async Task SameFileThreeTimes_WarnsOfTheRepeatedInputAndIds()
    {
        var feed = _dir.File("feed.jsonl", NightlySetup.GeneratedFeed(2, _ => "Clean copy, the agency said."));

        var (exit, _, err) = await CliRunner.Run("check", feed, feed, feed, "--format", "json", "--out", Path.Combine(_dir.Path, "out"), "--quiet");

        Assert.True(exit == 0, err);
        Assert.Contains($"tqa: warning: {feed} is given 3 times", err, StringComparison.Ordinal);
        Assert.Contains("tqa: warning: 4 articles have the id of an earlier one (story-00000, story-00001, story-00000 and 1 more)", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StageTimes_AreLabelledCpuSecondsBesideTheWallTime()
    {
        var feed = _dir.File("feed.jsonl", NightlySetup.GeneratedFeed(4));
        var outDir = Path.Combine(_dir.Path, "out");

        var (exit, stdout, err) = await CliRunner.Run("check", feed, "--format", "json,md", "--out", outDir);

        Assert.True(exit == 1, err); // two of four articles fail MQM, over the 25% threshold
        Assert.Matches(@"time per stage in CPU s, summed over threads \(wall time \d+\.\d\d s\): ingest ", stdout);
        var md = File.ReadAllText(Path.Combine(outDir, "report.md"));
        Assert.Contains("| stage | CPU s |", md, StringComparison.Ordinal);
        Assert.Matches(@"the run took \d+(\.\d+)? s of wall time", md);
    }

    [Fact]
    public async Task Merge_IsTitledMerge()
    {
        using var setup = new NightlySetup("""
              - name: wire
                path: feed.jsonl
                thresholds: { maxFailingShare: 1 }
            """);
        setup.File("feed.jsonl", NightlySetup.GeneratedFeed(4));
        var (nightly, _, nightlyErr) = await setup.Nightly("2024-06-01", "--shard", "1/1");
        Assert.True(nightly == 0, nightlyErr);
        var shard = Directory.GetDirectories(setup.NightFolder("2024-06-01")).Single();

        var stdout = new Translation.Quality.Cli.TerminalWriter(120);
        var stderr = new StringWriter();
        var exit = await Translation.Quality.Cli.CliApp.RunAsync(["merge", shard, "--out", Path.Combine(setup.Root, "merged"), "--history", Path.Combine(setup.Root, "merged.db")], stdout, stderr);

        Assert.True(exit == 0, stderr.ToString());
        Assert.Contains("tqa merge", stdout.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tqa check", stdout.ToString(), StringComparison.Ordinal);
    }
}
