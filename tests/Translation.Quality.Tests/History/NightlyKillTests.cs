using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Translation.Quality.Tests.Support;
using Xunit.Abstractions;

namespace Translation.Quality.Tests.History;

/// <summary>kill -9 in the middle of a night: the rerun finishes it, each article once, reports as if nothing happened.</summary>
public sealed class NightlyKillTests
{
    // Enough that the run is still going when the first batches are committed (about 1 s of checking here).
    private const int Articles = 5000;
    private const string Night = "2024-08-01";
    private readonly ITestOutputHelper _output;

    public NightlyKillTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task KilledMidRun_RerunCompletesWithEachArticleOnce_AndTheSameReport()
    {
        using var setup = new NightlySetup("""
              - name: wire
                path: feed.jsonl
                thresholds: { maxFailingShare: 1 }
            """);
        setup.File("feed.jsonl", NightlySetup.GeneratedFeed(Articles));
        var killedHistory = Path.Combine(setup.Root, "killed.db");
        var killedReports = Path.Combine(setup.Root, "killed");

        var recordedAtKill = await RunAndKill(setup, killedHistory, killedReports);
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"killed with {recordedAtKill} of {Articles} articles recorded"));
        Assert.InRange(recordedAtKill, 1, Articles - 1);
        Assert.False(File.Exists(Path.Combine(killedReports, Night, "report.json")), "the killed run must not have finished its report");

        var (resumed, _, resumedErr) = await setup.Nightly(Night, "--history", killedHistory, "--out", killedReports);
        var (whole, _, wholeErr) = await setup.Nightly(Night, "--history", Path.Combine(setup.Root, "whole.db"), "--out", Path.Combine(setup.Root, "whole"));

        Assert.True(resumed == 0, resumedErr);
        Assert.True(whole == 0, wholeErr);
        Assert.Contains("resumed the interrupted run", resumedErr, StringComparison.Ordinal);
        Assert.Equal(Articles, Count(killedHistory, "SELECT count(*) FROM articles"));
        Assert.Equal(Articles, Count(killedHistory, "SELECT count(DISTINCT article_id) FROM articles"));
        Assert.Equal(1, Count(killedHistory, "SELECT count(*) FROM nights"));
        Assert.Equal(0, Count(killedHistory, "SELECT count(*) FROM runs WHERE completed_utc IS NULL"));

        var report = Path.Combine(killedReports, Night, "report.json");
        using (var json = JsonDocument.Parse(File.ReadAllText(report)))
        {
            var ids = json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
            Assert.Equal(Articles, ids.Count);
            Assert.Equal(Articles, ids.Distinct().Count());
            Assert.Equal(Articles, json.RootElement.GetProperty("summary").GetProperty("checked").GetInt32());
        }

        Assert.Equal(NightlySetup.Stable(Path.Combine(setup.Root, "whole", Night, "report.json")), NightlySetup.Stable(report));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(killedReports, Night), "*.tmp"));
    }

    /// <summary>Starts the built tqa as a child and kills its process tree once some, not all, articles are committed.</summary>
    private static async Task<long> RunAndKill(NightlySetup setup, string history, string reports)
    {
        var tqa = Path.Combine(AppContext.BaseDirectory, "tqa.dll");
        var host = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { tqa, "nightly", "--config", setup.Config, "--date", Night, "--out", reports, "--history", history, "--quiet" })
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        var drainOut = child.StandardOutput.ReadToEndAsync();
        var drainErr = child.StandardError.ReadToEndAsync();
        var deadline = Stopwatch.StartNew();
        long recorded = 0;
        try
        {
            while (deadline.Elapsed < TimeSpan.FromMinutes(3) && !child.HasExited)
            {
                recorded = File.Exists(history) ? Count(history, "SELECT count(*) FROM articles", tolerateMissing: true) : 0;
                if (recorded >= 200)
                {
                    break;
                }

                await Task.Delay(10);
            }

            if (child.HasExited)
            {
                Assert.Fail($"the child finished before it could be killed: {await drainErr}");
            }

            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
            }
        }

        await Task.WhenAll(drainOut, drainErr);
        return Count(history, "SELECT count(*) FROM articles");
    }



    private static long Count(string db, string sql, bool tolerateMissing = false)
    {
        try
        {
            // A short busy wait: a poll must never hold the test up while the child writes.
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False;Default Timeout=1");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException) when (tolerateMissing)
        {
            // The child has not created its tables yet.
            return 0;
        }
    }
}
