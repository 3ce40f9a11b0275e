using System.Diagnostics;
using System.Security.Cryptography;
using Translation.Quality.Tests.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Reports;

/// <summary>
/// A report set is all or nothing: on a disk that fills up (a small tmpfs), the second run publishes
/// nothing, the first run's four reports stay as they were, and history lists no unpublished night.
/// </summary>
public sealed class ReportSetTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _disk;

    public ReportSetTests()
    {
        _disk = Path.Combine(_dir.Path, "disk");
        Directory.CreateDirectory(_disk);
        // Root may mount; this test needs it (as the signal tests need a real process).
        Run("mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", _disk);
    }

    private static void Run(string tool, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardError = true })!;
        var err = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed (this test needs root to mount a small tmpfs): {err}");
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    [Fact]
    public async Task Check_OnAFullDisk_PublishesNothing_AndKeepsThePreviousSetWhole()
    {
        var outDir = Path.Combine(_disk, "reports");
        var small = _dir.File("small.jsonl", NightlySetup.GeneratedFeed(20));
        var large = _dir.File("large.jsonl", NightlySetup.GeneratedFeed(1500));

        var (first, _, firstErr) = await CliRunner.Run("check", small, "--format", "json,md,html,junit", "--out", outDir, "--quiet");
        Assert.True(first == 1, firstErr);
        var before = Hashes(outDir);
        Assert.Equal(["report.html", "report.json", "report.junit.xml", "report.md"], before.Keys.Order(StringComparer.Ordinal));

        var (second, _, secondErr) = await CliRunner.Run("check", large, "--format", "json,md,html,junit", "--out", outDir, "--quiet");

        Assert.True(second == 3, secondErr);
        Assert.Contains("No space left on device", secondErr, StringComparison.Ordinal);
        Assert.Contains($"no report was published; the previous reports in {outDir} are kept whole", secondErr, StringComparison.Ordinal);
        Assert.Equal(before, Hashes(outDir));
        Assert.Empty(Directory.GetDirectories(outDir));
    }

    [Fact]
    public async Task Nightly_OnAFullDisk_LeavesTheNightUnfinished_AndHistoryDoesNotListIt()
    {
        using var setup = new NightlySetup("""
              - name: wire
                path: feed.jsonl
                thresholds: { maxFailingShare: 1 }
            """);
        setup.File("feed.jsonl", NightlySetup.GeneratedFeed(20));
        var root = Path.Combine(_disk, "nights");
        var (first, _, firstErr) = await setup.Nightly("2024-07-01", "--out", root);
        Assert.True(first == 0, firstErr);

        setup.File("feed.jsonl", NightlySetup.GeneratedFeed(1500));
        var (second, _, secondErr) = await setup.Nightly("2024-07-02", "--out", root);

        Assert.True(second == 3, secondErr);
        // Where the disk fills decides the wording (a sink's TQ501 or the staging folder's own write); either way nothing is published.
        Assert.Contains("No space left on device", secondErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root, "2024-07-02", "report.json")));
        Assert.Equal("2024-07-01", new DirectoryInfo(Path.Combine(root, "latest")).LinkTarget);

        var (history, historyOut, historyErr) = await CliRunner.Run("history", "--history", setup.History);
        Assert.True(history == 0, historyErr);
        Assert.Contains("2024-07-01", historyOut, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-07-02", historyOut, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        // Lazy: a handle the runtime has not let go of yet must not leave the mount behind.
        Run("umount", "-l", _disk);
        _dir.Dispose();
    }
}
