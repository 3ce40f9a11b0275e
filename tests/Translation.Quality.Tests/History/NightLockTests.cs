using System.Security.Cryptography;
using Translation.Quality.Nightly;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.History;

/// <summary>One nightly per night; a finished night is left as it is unless --rerun asks.</summary>
public sealed class NightLockTests : IDisposable
{
    private readonly NightlySetup _setup = new("""
          - name: wire
            path: feed.jsonl
            thresholds: { maxFailingShare: 1 }
        """);

    public NightLockTests()
    {
        _setup.File("feed.jsonl", NightlySetup.GeneratedFeed(30));
    }

    [Fact]
    public async Task ASecondNightlyForTheSameNight_IsRefused_WhileTheFirstHoldsIt()
    {
        using (NightLock.Acquire(_setup.History, "2024-08-01", shard: null))
        {
            var (exit, _, stderr) = await _setup.Nightly("2024-08-01");

            Assert.True(exit == 2, stderr);
            Assert.Contains($"another tqa nightly is running the night 2024-08-01 with the history {_setup.History}", stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(_setup.NightFolder("2024-08-01")));

            // Another night is not held up.
            var (other, _, otherErr) = await _setup.Nightly("2024-08-02");
            Assert.True(other == 0, otherErr);
        }

        var (after, _, afterErr) = await _setup.Nightly("2024-08-01");
        Assert.True(after == 0, afterErr);
    }

    [Fact]
    public async Task RerunningAFinishedNight_SaysItIsComplete_AndRedoesItOnlyWithRerun()
    {
        var (first, _, firstErr) = await _setup.Nightly("2024-08-03");
        Assert.True(first == 0, firstErr);
        var report = Path.Combine(_setup.NightFolder("2024-08-03"), "report.json");
        var hash = SHA256.HashData(File.ReadAllBytes(report));
        using (var json = _setup.Report(_setup.NightFolder("2024-08-03")))
        {
            Assert.True(json.RootElement.GetProperty("summary").GetProperty("changes").GetProperty("new").GetInt32() > 0);
        }

        var (again, stdout, againErr) = await _setup.Nightly("2024-08-03");

        Assert.True(again == 0, againErr);
        Assert.Contains("the night 2024-08-03 is complete", stdout, StringComparison.Ordinal);
        Assert.Contains("pass --rerun to check it again", stdout, StringComparison.Ordinal);
        Assert.Equal(hash, SHA256.HashData(File.ReadAllBytes(report)));

        var (rerun, rerunOut, rerunErr) = await _setup.Nightly("2024-08-03", "--rerun");
        Assert.True(rerun == 0, rerunErr);
        Assert.DoesNotContain("is complete", rerunOut, StringComparison.Ordinal);
        Assert.NotEqual(hash, SHA256.HashData(File.ReadAllBytes(report)));
    }

    public void Dispose() => _setup.Dispose();
}
