using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Translation.Quality.History;
using Translation.Quality.Tests.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.History;

/// <summary>
/// An unchanged rerun copies stored results instead of checking: what it reports must be exactly what a
/// run without history finds, article by article and finding by finding (only the history's own
/// fields differ: the status, each finding's change and the resolved list).
/// </summary>
public sealed class UnchangedRerunTests
{
    /// <summary>40 generated articles and three bilingual ones (invented here): their findings carry source spans, read back from history.</summary>
    /// <summary>The test feed, checked once into a new history (json only, so entries are stored): its path and the history's.</summary>
    private static async Task<(string Input, string History)> CheckedOnce(TempDir dir)
    {
        var input = Feed(dir);
        var history = Path.Combine(dir.Path, "h.db");
        await CliRunner.Run("check", input, "--out", Path.Combine(dir.Path, "first"), "--format", "json", "--history", history);
        return (input, history);
    }

    private static string Feed(TempDir dir)
    {
        var feed = new StringBuilder(NightlySetup.GeneratedFeed(40));
        foreach (var (id, source, target) in new[]
        {
            ("bi-1", "Le conseil a voté 300 millions d'euros mardi.", "The council voted 30 million euros on Tuesday."),
            ("bi-2", "La ministre n'a pas signé l'accord.", "The minister signed the agreement."),
            ("bi-3", "Le port de Brest rouvrira en mai.", "The port of Brest will reopen in May."),
        })
        {
            feed.Append(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["sourceLanguage"] = "fr", ["targetLanguage"] = "en", ["text"] = target, ["sourceText"] = source })).Append('\n');
        }

        return dir.File("feed.jsonl", feed.ToString());
    }

    [Fact]
    public async Task UnchangedRerun_ReportsTheSameArticlesAndFindings_AsARunWithoutHistory()
    {
        using var dir = new TempDir();
        var input = Feed(dir);
        var history = Path.Combine(dir.Path, "h.db");
        var plain = Path.Combine(dir.Path, "plain");
        var first = Path.Combine(dir.Path, "first");
        var rerun = Path.Combine(dir.Path, "rerun");

        await CliRunner.Run("check", input, "--out", plain, "--format", "json");
        await CliRunner.Run("check", input, "--out", first, "--format", "json", "--history", history);
        var (exit, _, err) = await CliRunner.Run("check", input, "--out", rerun, "--format", "json", "--history", history);

        Assert.True(exit == 1, $"exit {exit}: {err}");
        var rerunRoot = JsonNode.Parse(File.ReadAllText(Path.Combine(rerun, "report.json")))!;
        Assert.Equal(43, rerunRoot["summary"]!["unchanged"]!.GetValue<int>());
        var expected = WithoutHistoryFields(Path.Combine(plain, "report.json"));
        Assert.Contains("\"source\"", expected, StringComparison.Ordinal);
        Assert.Equal(expected, WithoutHistoryFields(Path.Combine(first, "report.json")));
        Assert.Equal(expected, WithoutHistoryFields(Path.Combine(rerun, "report.json")));
    }

    [Fact]
    public async Task JsonOnlyRerun_CopiesEachStoredEntry_ByteForByteWhatTheObjectPathWrites()
    {
        using var dir = new TempDir();
        var (input, history) = await CheckedOnce(dir);
        var copy = Path.Combine(dir.Path, "h2.db");
        File.Copy(history, copy);

        // json only: the stored entries; json and md: the findings as objects, serialised again.
        var (exit, _, err) = await CliRunner.Run("check", input, "--out", Path.Combine(dir.Path, "verbatim"), "--format", "json", "--history", history);
        Assert.True(exit == 1, $"exit {exit}: {err}");
        await CliRunner.Run("check", input, "--out", Path.Combine(dir.Path, "objects"), "--format", "json,md", "--history", copy);

        var verbatim = File.ReadAllText(Path.Combine(dir.Path, "verbatim", "report.json"));
        var objects = File.ReadAllText(Path.Combine(dir.Path, "objects", "report.json"));
        Assert.Contains("\"change\": \"carried\"", verbatim, StringComparison.Ordinal);
        Assert.Equal(ArticlesText(objects), ArticlesText(verbatim));
        Assert.Equal(Figures(objects), Figures(verbatim));
        Assert.Equal(43, JsonNode.Parse(verbatim)!["summary"]!["unchanged"]!.GetValue<int>());
    }

    [Fact]
    public async Task JsonOnlyRerun_WritesTheStoredEntry_AndAnyOtherFormatTakesTheObjectPath()
    {
        using var dir = new TempDir();
        var (input, history) = await CheckedOnce(dir);

        // An entry altered in the file shows that a json-only rerun copies it rather than rebuilding it.
        Assert.Equal(1, Sql(history, "UPDATE report_entries SET entry = CAST(replace(CAST(entry AS TEXT), '\"message\": \"', '\"message\": \"STORED ') AS BLOB) WHERE article_id = 'bi-1'"));
        await CliRunner.Run("check", input, "--out", Path.Combine(dir.Path, "json"), "--format", "json", "--history", history);
        await CliRunner.Run("check", input, "--out", Path.Combine(dir.Path, "md"), "--format", "json,md", "--history", history);

        Assert.Contains("\"message\": \"STORED ", File.ReadAllText(Path.Combine(dir.Path, "json", "report.json")), StringComparison.Ordinal);
        Assert.DoesNotContain("STORED", File.ReadAllText(Path.Combine(dir.Path, "md", "report.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADismissalBetweenTwoRuns_TakesThatFindingOut_AndTheTotalsAgree()
    {
        using var dir = new TempDir();
        var (input, history) = await CheckedOnce(dir);
        var plain = Path.Combine(dir.Path, "plain");
        await CliRunner.Run("check", input, "--out", plain, "--format", "json");
        var plainRoot = JsonNode.Parse(File.ReadAllText(Path.Combine(plain, "report.json")))!;
        var article = plainRoot["articles"]!.AsArray().First(a => a!["findings"]!.AsArray().Count >= 2)!;
        var dismissed = article["findings"]![0]!;
        var fingerprint = dismissed["fingerprint"]!.GetValue<string>();
        using (var store = HistoryStore.Open(history))
        {
            store.Decide(new ReviewDecision(fingerprint, ReviewDecisionKind.Dismissed, "test", "qa", DateTimeOffset.UtcNow));
        }

        var copy = Path.Combine(dir.Path, "h2.db");
        File.Copy(history, copy);
        await CliRunner.Run("check", input, "--out", Path.Combine(dir.Path, "rerun"), "--format", "json", "--history", history);
        await CliRunner.Run("check", input, "--out", Path.Combine(dir.Path, "objects"), "--format", "json,md", "--history", copy);

        var rerunText = File.ReadAllText(Path.Combine(dir.Path, "rerun", "report.json"));
        var rerun = JsonNode.Parse(rerunText)!;
        Assert.DoesNotContain(fingerprint, rerunText, StringComparison.Ordinal);
        var after = rerun["articles"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == article["id"]!.GetValue<string>())!;
        Assert.Equal(article["findings"]!.AsArray().Count(f => f!["fingerprint"]!.GetValue<string>() != fingerprint), after["findings"]!.AsArray().Count);
        Assert.True(after["mqm"]!["penalty"]!.GetValue<double>() < article["mqm"]!["penalty"]!.GetValue<double>());

        // The same sentence in another article has the same fingerprint: the dismissal takes every one out.
        var gone = plainRoot["articles"]!.AsArray().Sum(a => a!["findings"]!.AsArray().Count(f => f!["fingerprint"]!.GetValue<string>() == fingerprint));
        var (summary, plainSummary) = (rerun["summary"]!, plainRoot["summary"]!);
        Assert.Equal(plainSummary["findings"]!.GetValue<int>() - gone, summary["findings"]!.GetValue<int>());
        Assert.Equal(gone, summary["suppressed"]!.GetValue<int>());
        var rule = dismissed["rule"]!.GetValue<string>();
        Assert.Equal(plainSummary["byRule"]![rule]!.GetValue<int>() - gone, summary["byRule"]![rule]?.GetValue<int>() ?? 0);
        Assert.Equal(plainSummary["articles"]!.GetValue<int>(), summary["articles"]!.GetValue<int>());

        // The article with the dismissal took the object path, the others their stored entries: together the same bytes.
        var objects = File.ReadAllText(Path.Combine(dir.Path, "objects", "report.json"));
        Assert.Equal(ArticlesText(objects), ArticlesText(rerunText));
        Assert.Equal(Figures(objects), Figures(rerunText));
    }

    [Fact]
    public async Task AVersion4History_TakesTheObjectPath_AndStaysReadOnly()
    {
        using var dir = new TempDir();
        var (input, history) = await CheckedOnce(dir);
        var plain = Path.Combine(dir.Path, "plain");
        var rerun = Path.Combine(dir.Path, "rerun");
        await CliRunner.Run("check", input, "--out", plain, "--format", "json");

        // Back to v4 by hand: v5's table dropped, as a file that a v4 tqa wrote has none.
        Sql(history, "DROP TABLE report_entries");
        Sql(history, "PRAGMA user_version = 4");
        var (exit, _, err) = await CliRunner.Run("check", input, "--out", rerun, "--format", "json", "--history", history);

        Assert.True(exit == 1, $"exit {exit}: {err}");
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(rerun, "report.json")))!;
        Assert.Equal(43, root["summary"]!["unchanged"]!.GetValue<int>());
        Assert.Equal(WithoutHistoryFields(Path.Combine(plain, "report.json")), WithoutHistoryFields(Path.Combine(rerun, "report.json")));

        // Migrated, and the rows still have no entry: an unchanged rerun writes no article.
        Assert.Equal(5L, Sql<long>(history, "PRAGMA user_version"));
        Assert.Equal(0L, Sql<long>(history, "SELECT count(*) FROM report_entries"));
        Assert.True(Sql<long>(history, "SELECT count(*) FROM articles") >= 43);
    }

    [Fact]
    public async Task AFeedReadFromAnotherPath_IsReportedWithThatPath_NotTheStoredOne()
    {
        using var dir = new TempDir();
        var (input, history) = await CheckedOnce(dir);
        var moved = Path.Combine(dir.Path, "moved.jsonl");
        File.Move(input, moved);

        // Same content, so unchanged; but the stored entries name the old path, so none of them is copied.
        var (exit, _, err) = await CliRunner.Run("check", moved, "--out", Path.Combine(dir.Path, "rerun"), "--format", "json", "--history", history);

        Assert.True(exit == 1, $"exit {exit}: {err}");
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(dir.Path, "rerun", "report.json")))!;
        Assert.Equal(43, root["summary"]!["unchanged"]!.GetValue<int>());
        Assert.All(root["articles"]!.AsArray(), a => Assert.StartsWith(moved + ":", a!["path"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AShardsExport_CarriesItsReportEntries_IntoTheHistoryItIsImportedInto()
    {
        using var dir = new TempDir();
        var (input, history) = await CheckedOnce(dir);
        var (run, night) = (Sql<string>(history, "SELECT run_id FROM articles LIMIT 1"), Sql<string>(history, "SELECT night FROM articles LIMIT 1"));
        var export = Path.Combine(dir.Path, "shard.db");
        var merged = Path.Combine(dir.Path, "merged.db");
        using (var store = HistoryStore.Open(history))
        {
            store.ExportRun(run, night, string.Empty, export);
        }

        using (var store = HistoryStore.Open(merged))
        {
            store.Import(export);
        }

        Assert.Equal(Sql<long>(history, "SELECT count(*) FROM report_entries"), Sql<long>(merged, "SELECT count(*) FROM report_entries"));
        Assert.Equal(1, Sql(merged, "UPDATE report_entries SET entry = CAST(replace(CAST(entry AS TEXT), '\"message\": \"', '\"message\": \"MERGED ') AS BLOB) WHERE article_id = 'bi-1'"));
        await CliRunner.Run("check", input, "--out", Path.Combine(dir.Path, "rerun"), "--format", "json", "--history", merged);
        Assert.Contains("\"message\": \"MERGED ", File.ReadAllText(Path.Combine(dir.Path, "rerun", "report.json")), StringComparison.Ordinal);

        // Imported again over itself: one entry per article, not two.
        using (var store = HistoryStore.Open(merged))
        {
            store.Import(export);
        }

        Assert.Equal(Sql<long>(history, "SELECT count(*) FROM report_entries"), Sql<long>(merged, "SELECT count(*) FROM report_entries"));
    }

    [Fact]
    public async Task AStoredEntryCutShort_IsNotCopied_TheFindingsAreReadInstead()
    {
        using var dir = new TempDir();
        var (input, history) = await CheckedOnce(dir);
        var plain = Path.Combine(dir.Path, "plain");
        await CliRunner.Run("check", input, "--out", plain, "--format", "json");

        // An entry cut short, and an empty one.
        Assert.Equal(1, Sql(history, "UPDATE report_entries SET entry = substr(entry, 1, length(entry) - 3) WHERE article_id = 'bi-1'"));
        Assert.Equal(1, Sql(history, "UPDATE report_entries SET entry = X'' WHERE article_id = 'bi-2'"));
        var (exit, _, err) = await CliRunner.Run("check", input, "--out", Path.Combine(dir.Path, "rerun"), "--format", "json", "--history", history);

        Assert.True(exit == 1, $"exit {exit}: {err}");
        Assert.Equal(WithoutHistoryFields(Path.Combine(plain, "report.json")), WithoutHistoryFields(Path.Combine(dir.Path, "rerun", "report.json")));
    }

    [Fact]
    public void TheRunThatStoredAnEntry_ReusesTheArticleOnTheObjectPath_AnyOtherRunCopiesIt()
    {
        using var dir = new TempDir();
        using var store = HistoryStore.Open(Path.Combine(dir.Path, "h.db"));
        var article = new Translation.Quality.Documents.Article { Id = "a1", Path = "feed.jsonl:1", SourceLanguage = "fr", TargetLanguage = "en", Text = "Le the text.", Feed = "wire" };
        var hash = ContentHash.Of(article);
        var check = new StoredCheck(hash, "rules", "2026-01-01", "run-1", 3, true, [], [], DateTimeOffset.UnixEpoch);
        var entry = new Translation.Quality.Results.StoredReportEntry("\n    {}"u8.ToArray(), null, new Translation.Quality.Results.MqmResult(0, 100, true), []);
        lock (store.Connection.Gate)
        {
            store.Articles.Save(article, check, [], entry);
        }

        Translation.Quality.Pipeline.ArticleWork Reuse(string runId)
        {
            var work = new Translation.Quality.Pipeline.ArticleWork(article);
            new ReuseStage(store, new HistoryJournalOptions { RunId = runId, Night = "2026-01-01", RulesKey = "rules" }, verbatim: true).Process(work, CancellationToken.None);
            return work;
        }

        // A resumed run reproduces its own statuses and changes, which only the object path keeps.
        var resumed = Reuse("run-1");
        Assert.Null(resumed.Verbatim);
        Assert.Equal(Translation.Quality.Results.ArticleStatus.Checked, resumed.Reused?.Status);

        var next = Reuse("run-2");
        Assert.NotNull(next.Verbatim);
        Assert.Equal("\n    {}", Encoding.UTF8.GetString(next.Verbatim.Json.Span));
        Assert.Equal(Translation.Quality.Results.ArticleStatus.Unchanged, next.Reused?.Status);
    }

    [Theory]
    [InlineData("[]", new int[0])]
    [InlineData("[0,12,13,40]", new[] { 0, 12, 13, 40 })]
    [InlineData("[2147483647]", new[] { int.MaxValue })]
    public void StoredSentenceBounds_AreReadWithoutTheJsonReader(string json, int[] expected) =>
        Assert.Equal(expected, ArticleRepository.FlatInts(json));

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("[-1,2]")]
    [InlineData("[01,2]")]
    [InlineData("[1,,2]")]
    [InlineData("[1,]")]
    [InlineData("[2147483648]")]
    [InlineData("[1e3]")]
    [InlineData("1,2")]
    public void AnythingElse_IsLeftToTheJsonReader(string json) =>
        Assert.Null(ArticleRepository.FlatInts(json));

    /// <summary>The report's articles array exactly as written (everything before the summary).</summary>
    private static string ArticlesText(string report)
    {
        var start = report.IndexOf("\"articles\": [", StringComparison.Ordinal);
        var end = report.IndexOf("\"summary\": {", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "no articles array before the summary");
        return report[start..end];
    }

    /// <summary>The summary's counts (not its times, which differ from run to run).</summary>
    private static string Figures(string report)
    {
        var summary = JsonNode.Parse(report)!["summary"]!.AsObject();
        var figures = new JsonObject();
        foreach (var name in new[] { "articles", "checked", "unchanged", "errors", "passed", "failed", "words", "characters", "findings", "byClass", "bySeverity", "byRule", "suppressed", "changes", "thresholdBroken", "thresholdBreaches" })
        {
            figures[name] = summary[name]?.DeepClone();
        }

        return figures.ToJsonString();
    }

    private static int Sql(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    private static T Sql<T>(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    /// <summary>Every article and the summary's figures as text, with the history's own fields taken out.</summary>
    private static string WithoutHistoryFields(string reportPath)
    {
        var root = JsonNode.Parse(File.ReadAllText(reportPath))!.AsObject();
        var articles = root["articles"]!.AsArray();
        foreach (var article in articles.Select(a => a!.AsObject()))
        {
            article.Remove("status");
            article.Remove("resolved");
            foreach (var finding in article["findings"]!.AsArray().Select(f => f!.AsObject()))
            {
                finding.Remove("change");
            }
        }

        var summary = root["summary"]!.AsObject();
        var figures = new JsonObject();
        foreach (var name in new[] { "articles", "errors", "passed", "failed", "words", "characters", "findings", "byClass", "bySeverity", "byRule" })
        {
            figures[name] = summary[name]?.DeepClone();
        }

        return new JsonObject { ["articles"] = articles.DeepClone(), ["summary"] = figures }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
