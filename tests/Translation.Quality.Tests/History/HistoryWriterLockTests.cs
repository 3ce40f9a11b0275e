using Translation.Quality.Nightly;
using Translation.Quality.Tests.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.History;

/// <summary>One run writes a history file at a time; readers are never held up.</summary>
public sealed class HistoryWriterLockTests : IDisposable
{
    private readonly NightlySetup _setup = new("""
          - name: wire
            path: feed.jsonl
            thresholds: { maxFailingShare: 1 }
        """);

    public HistoryWriterLockTests()
    {
        _setup.File("feed.jsonl", NightlySetup.GeneratedFeed(12));
    }

    [Fact]
    public async Task ASecondWriter_IsRefusedNamingTheFileAndHolder_WhileReadersGoOn()
    {
        var article = _setup.File("in/fr-en/a.txt", "The vote was held on Monday, officials said.");
        var checkOut = Path.Combine(_setup.Root, "check-out");
        Assert.Equal(0, (await _setup.Nightly("2024-09-01")).Exit);

        using (HistoryWriterLock.Acquire(_setup.History, "tqa nightly 2024-09-02"))
        {
            // Another night on the same history, and an ad-hoc check with it: both refused before they write anything.
            var (night, _, nightErr) = await _setup.Nightly("2024-09-03");
            Assert.True(night == 2, nightErr);
            Assert.Contains($"another process is writing the history {_setup.History}: tqa nightly 2024-09-02 (pid {Environment.ProcessId}) holds it", nightErr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(_setup.NightFolder("2024-09-03")));

            var (check, _, checkErr) = await CliRunner.Run("check", article, "--history", _setup.History, "--out", checkOut, "--quiet");
            Assert.True(check == 2, checkErr);
            Assert.Contains($"another process is writing the history {_setup.History}", checkErr, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(checkOut, "report.json")));

            // Readers take no lock.
            var (list, listOut, listErr) = await CliRunner.Run("review", "list", "--history", _setup.History);
            Assert.True(list == 0, listErr);
            Assert.Contains("findings", listOut, StringComparison.Ordinal);
            var (trend, trendOut, trendErr) = await CliRunner.Run("history", "--history", _setup.History);
            Assert.True(trend == 0, trendErr);
            Assert.Contains("2024-09-01", trendOut, StringComparison.Ordinal);
        }

        // Released with its holder: the next writer runs.
        Assert.Equal(0, (await _setup.Nightly("2024-09-03")).Exit);
        var (after, _, afterErr) = await CliRunner.Run("check", article, "--history", _setup.History, "--out", checkOut, "--quiet");
        Assert.True(after == 0, afterErr);
        Assert.True(File.Exists(Path.Combine(checkOut, "report.json")));
    }

    public void Dispose() => _setup.Dispose();
}
