using System.Diagnostics;
using Translation.Quality.Tests.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.History;

/// <summary>A damaged or read-only history file: exit 2 with the file named and what to do; no stack trace, no half list.</summary>
public sealed class DamagedHistoryTests : IDisposable
{
    private readonly NightlySetup _setup = new("""
          - name: wire
            path: feed.jsonl
            thresholds: { maxFailingShare: 1 }
        """);

    public DamagedHistoryTests()
    {
        _setup.File("feed.jsonl", NightlySetup.GeneratedFeed(300));
    }

    private async Task Damage()
    {
        var (exit, _, err) = await _setup.Nightly("2024-06-01");
        Assert.True(exit == 0, err);
        var size = new FileInfo(_setup.History).Length;
        using var file = new FileStream(_setup.History, FileMode.Open, FileAccess.Write);
        // 64 KB, not one or two pages: since v5 much of the file is stored report entries, which a run that
        // builds findings as objects never reads, and SQLite finds damage only in pages it reads.
        file.Position = size / 2;
        file.Write(Enumerable.Range(0, 65536).Select(i => (byte)(i * 7919 % 251)).ToArray());
    }

    private static void AssertPlainError(int exit, string stdout, string stderr, string path, string what)
    {
        Assert.True(exit == 2, $"exit {exit}: {stderr}");
        Assert.True(stderr.Contains($"history file {path} {what}", StringComparison.Ordinal), stderr);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\t", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GarbageMidFile_NightlyReviewListAndHistoryCheck_SayItIsDamagedAndWhatToDo()
    {
        await Damage();

        var (nightly, nightlyOut, nightlyErr) = await _setup.Nightly("2024-06-02");
        AssertPlainError(nightly, nightlyOut, nightlyErr, _setup.History, "is damaged");
        Assert.Contains($"tqa history check --history {_setup.History}", nightlyErr, StringComparison.Ordinal);
        Assert.Contains("restore the file from a backup", nightlyErr, StringComparison.Ordinal);

        var (list, listOut, listErr) = await CliRunner.Run("review", "list", "--history", _setup.History);
        AssertPlainError(list, listOut, listErr, _setup.History, "is damaged");
        Assert.Equal(string.Empty, listOut);

        var (check, _, checkErr) = await CliRunner.Run("history", "check", "--history", _setup.History);
        Assert.True(check == 2, checkErr);
        Assert.Contains("is damaged", checkErr, StringComparison.Ordinal);
        // SQLite's own words: "malformed" when the check itself stops, else the damaged pages it found.
        Assert.Matches("malformed|Tree [0-9]+ page [0-9]+", checkErr);
    }

    [Fact]
    public async Task AHealthyHistory_PassesHistoryCheck()
    {
        var (exit, _, err) = await _setup.Nightly("2024-06-01");
        Assert.True(exit == 0, err);

        var (check, stdout, checkErr) = await CliRunner.Run("history", "check", "--history", _setup.History);

        Assert.True(check == 0, checkErr);
        Assert.Equal($"{_setup.History}: ok\n", stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task AReadOnlyHistory_IsAPlainErrorForNightlyAndReview()
    {
        var (first, _, firstErr) = await _setup.Nightly("2024-06-01");
        Assert.True(first == 0, firstErr);

        // Tests run as root, whom file modes do not stop; the immutable attribute does.
        Chattr("+i", _setup.History);
        try
        {
            var (nightly, nightlyOut, nightlyErr) = await _setup.Nightly("2024-06-02");
            AssertPlainError(nightly, nightlyOut, nightlyErr, _setup.History, "cannot be written");

            var (dismiss, dismissOut, dismissErr) = await CliRunner.Run("review", "dismiss", "0123456789abcdef", "--reason", "test", "--history", _setup.History);
            AssertPlainError(dismiss, dismissOut, dismissErr, _setup.History, "cannot be written");
        }
        finally
        {
            Chattr("-i", _setup.History);
        }
    }

    private static void Chattr(string flag, string path)
    {
        using var chattr = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })!;
        var err = chattr.StandardError.ReadToEnd();
        chattr.WaitForExit();
        Assert.True(chattr.ExitCode == 0, $"chattr {flag} failed (this test needs root on a file system with attributes): {err}");
    }

    public void Dispose() => _setup.Dispose();
}
