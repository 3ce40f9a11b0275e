using System.Diagnostics;
using System.Text.Json;
using Translation.Quality.History;
using Translation.Quality.Results;
using Translation.Quality.Tests.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.History;

public sealed class ReviewCommandTests
{
    private const string Fp1 = "0123456789abcdef";
    private const string Fp2 = "fedcba9876543210";

    [Fact]
    public async Task ConfirmDismissListExportImport_RoundTrip()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "h.db");

        Assert.Equal(0, (await CliRunner.Run("review", "confirm", Fp1, "--by", "ana", "--history", db)).Exit);
        var (dismiss, dismissOut, dismissErr) = await CliRunner.Run("review", "dismiss", Fp2.ToUpperInvariant(), "--reason", "a name, not a calque", "--history", db);
        Assert.Equal(0, dismiss);
        Assert.Contains($"{Fp2}: dismissed by", dismissOut, StringComparison.Ordinal);
        Assert.Contains("no article", dismissErr, StringComparison.Ordinal);

        var (_, list, _) = await CliRunner.Run("review", "list", "--status", "dismissed", "--history", db);
        Assert.Contains(Fp2, list, StringComparison.Ordinal);
        Assert.DoesNotContain(Fp1, list, StringComparison.Ordinal);

        var exported = Path.Combine(dir.Path, "decisions.json");
        Assert.Equal(0, (await CliRunner.Run("review", "export", "--out", exported, "--history", db)).Exit);
        using (var json = JsonDocument.Parse(File.ReadAllText(exported)))
        {
            var decisions = json.RootElement.GetProperty("decisions").EnumerateArray().ToList();
            Assert.Equal(2, decisions.Count);
            var d = decisions.Single(x => x.GetProperty("fingerprint").GetString() == Fp2);
            Assert.Equal("dismissed", d.GetProperty("decision").GetString());
            Assert.Equal("a name, not a calque", d.GetProperty("reason").GetString());
            Assert.False(string.IsNullOrEmpty(d.GetProperty("by").GetString()));
            Assert.True(d.TryGetProperty("at", out _));
        }

        // Another desk's history takes the exported file as it is.
        var other = Path.Combine(dir.Path, "other.db");
        var (import, importOut, importErr) = await CliRunner.Run("review", "import", exported, "--history", other, "--keep-unknown");
        Assert.Equal(0, import);
        Assert.Contains("2 decisions imported", importOut, StringComparison.Ordinal);
        Assert.Contains("2 decisions are on fingerprints no article", importErr, StringComparison.Ordinal);
        using var store = HistoryStore.Open(other);
        Assert.Equal(ReviewDecisionKind.Confirmed, store.Decision(Fp1)!.Decision);
        Assert.Equal("ana", store.Decision(Fp1)!.By);
    }

    [Fact]
    public async Task Import_TakesTheHtmlExportShape_AndKeepsLaterDecisions()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "h.db");
        await CliRunner.Run("review", "confirm", Fp1, "--by", "ana", "--history", db);

        // As the HTML report exports it: "by" and "reason" optional, "at" an ISO time.
        var file = dir.File("decisions.json", $$"""
            {"decisions": [
              {"fingerprint": "{{Fp1}}", "decision": "dismissed", "reason": "older", "at": "2020-01-01T00:00:00.000Z"},
              {"fingerprint": "{{Fp2}}", "decision": "dismissed", "reason": "proper name", "by": "ben", "at": "2024-03-20T07:15:00.000Z"}
            ]}
            """);
        var (exit, stdout, _) = await CliRunner.Run("review", "import", file, "--history", db, "--keep-unknown");

        Assert.Equal(0, exit);
        Assert.Contains("1 decisions imported, 1 kept as they were (a later decision was already recorded), 0 refused", stdout, StringComparison.Ordinal);
        using var store = HistoryStore.Open(db);
        Assert.Equal(ReviewDecisionKind.Confirmed, store.Decision(Fp1)!.Decision);
        var d2 = store.Decision(Fp2)!;
        Assert.Equal(("ben", "proper name", ReviewDecisionKind.Dismissed), (d2.By, d2.Reason, d2.Decision));
        Assert.Equal(new DateTimeOffset(2024, 3, 20, 7, 15, 0, TimeSpan.Zero), d2.At);
    }

    [Theory]
    [InlineData("{\"decisions\": [{\"fingerprint\": \"xyz\", \"decision\": \"dismissed\"}]}", "decisions[0]: \"fingerprint\" must be 16")]
    [InlineData("{\"decisions\": [{\"fingerprint\": \"0123456789abcdef\", \"decision\": \"maybe\"}]}", "\"decision\" must be \"confirmed\" or \"dismissed\"")]
    [InlineData("{\"decisions\": [{\"fingerprint\": \"0123456789abcdef\", \"decision\": \"confirmed\", \"at\": \"soon\"}]}", "\"at\" is not a date")]
    [InlineData("[1, 2]", "expected an object with a \"decisions\" list")]
    [InlineData("{not json", "not valid JSON")]
    public async Task Import_RejectsABadFileWithWhereAndWhy(string content, string message)
    {
        using var dir = new TempDir();
        var file = dir.File("d.json", content);

        var (exit, _, err) = await CliRunner.Run("review", "import", file, "--history", Path.Combine(dir.Path, "h.db"));

        Assert.Equal(2, exit);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dismiss_NeedsAReasonAndAFingerprint()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "h.db");

        Assert.Equal(2, (await CliRunner.Run("review", "dismiss", Fp1, "--history", db)).Exit);
        Assert.Equal(2, (await CliRunner.Run("review", "dismiss", "not-a-print", "--reason", "x", "--history", db)).Exit);
        Assert.Equal(2, (await CliRunner.Run("review", "list", "--history", Path.Combine(dir.Path, "none.db"))).Exit);
    }

    [Fact]
    public void ADecision_WaitsForARunsOpenBatchInsteadOfFailing()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "h.db");
        using var nightly = HistoryStore.Open(db);
        using var journal = new HistoryJournal(nightly, new HistoryJournalOptions { RunId = "r", Night = "2024-01-01", RulesKey = "k", BatchInterval = TimeSpan.FromMilliseconds(600) });

        // The run holds the write lock in an open batch; the timer commits it within the interval.
        journal.Sink.Record(new Quality.Results.ArticleResult
        {
            Article = new Quality.Documents.Article { Id = "a", Path = "a", SourceLanguage = "fr", TargetLanguage = "en", Text = "x" },
            Status = Quality.Results.ArticleStatus.Checked,
        });
        Assert.True(nightly.Connection.InTransaction);

        var clock = Stopwatch.StartNew();
        using (var review = HistoryStore.Open(db))
        {
            review.Decide(new ReviewDecision(Fp1, ReviewDecisionKind.Dismissed, "x", "ana", DateTimeOffset.UtcNow));
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20));
        Assert.Equal(ReviewDecisionKind.Dismissed, nightly.Decision(Fp1)!.Decision);
    }
}
