using Microsoft.Data.Sqlite;
using Translation.Quality.History;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.History;

public sealed class HistorySchemaTests
{
    /// <summary>The v1 schema as the first release wrote it, by hand: the test must not use the code under test to make it.</summary>
    private const string Version1 = """
        CREATE TABLE articles (feed TEXT NOT NULL, article_id TEXT NOT NULL, content_hash TEXT NOT NULL, rules_key TEXT NOT NULL, night TEXT NOT NULL,
            status TEXT NOT NULL, words INTEGER NOT NULL, scored INTEGER NOT NULL, diagnostics TEXT NOT NULL, resolved TEXT NOT NULL, checked_utc TEXT NOT NULL,
            PRIMARY KEY (feed, article_id)) WITHOUT ROWID;
        CREATE TABLE findings (feed TEXT NOT NULL, article_id TEXT NOT NULL, ordinal INTEGER NOT NULL, fingerprint TEXT NOT NULL, rule TEXT NOT NULL,
            class TEXT NOT NULL, category TEXT NOT NULL, severity TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL,
            sentence TEXT NOT NULL, message TEXT NOT NULL, suggestion TEXT, change TEXT NOT NULL, PRIMARY KEY (feed, article_id, ordinal)) WITHOUT ROWID;
        CREATE INDEX findings_by_fingerprint ON findings (fingerprint);
        CREATE TABLE decisions (fingerprint TEXT PRIMARY KEY, decision TEXT NOT NULL, reason TEXT, decided_by TEXT NOT NULL, decided_at TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE nights (night TEXT NOT NULL, feed TEXT NOT NULL, shard TEXT NOT NULL, articles INTEGER NOT NULL, words INTEGER NOT NULL, findings INTEGER NOT NULL,
            critical INTEGER NOT NULL, major INTEGER NOT NULL, minor INTEGER NOT NULL, passed INTEGER NOT NULL, failed INTEGER NOT NULL, by_class TEXT NOT NULL,
            recorded_utc TEXT NOT NULL, PRIMARY KEY (night, feed, shard)) WITHOUT ROWID;
        INSERT INTO decisions VALUES ('00112233445566aa', 'dismissed', 'proper name', 'ana', '2024-01-02T08:00:00.000Z');
        INSERT INTO nights VALUES ('2024-01-01', 'wire', '', 10, 2000, 7, 1, 4, 2, 8, 2, '{"calque":3,"locale-format":4}', '2024-01-02T03:00:00.000Z');
        INSERT INTO articles VALUES ('wire', 'a1', 'hash', 'rules', '2024-01-01', 'checked', 200, 1, '[]', '[]', '2024-01-02T03:00:00.000Z');
        INSERT INTO findings VALUES ('wire', 'a1', 0, '00112233445566aa', 'FR_X', 'calque', 'Fluency', 'major', 0, 4, 'Text', 'Text here.', 'msg', NULL, 'new');
        PRAGMA user_version = 1;
        """;

    [Fact]
    public void OpeningAVersion1File_MigratesItAndKeepsItsData()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "old.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = Version1;
            command.ExecuteNonQuery();
        }

        using var store = HistoryStore.Open(path);

        Assert.Equal(HistorySchema.Current, store.SchemaVersion);
        Assert.Equal(5, HistorySchema.Current);
        var decision = store.Decision("00112233445566aa");
        Assert.NotNull(decision);
        Assert.Equal(ReviewDecisionKind.Dismissed, decision.Decision);
        Assert.Equal("ana", decision.By);
        Assert.Equal("proper name", decision.Reason);
        var night = Assert.Single(store.Trend("wire", 14));
        Assert.Equal(10, night.Articles);
        Assert.Equal(0, night.TranslatorCharacters);
        Assert.Equal(0.8, night.PassRate);
        Assert.Equal(3, night.ByClass["calque"]);
        var item = Assert.Single(store.Review(ReviewStatus.Dismissed));
        Assert.Equal("a1", item.ArticleId);

        // v3: an article stored before sentences were kept reads back without them (the report splits it as before).
        var stored = store.Articles.Find("wire", "a1", "hash", "rules");
        Assert.NotNull(stored);
        Assert.Null(stored.Sentences);

        // The v2 parts work on the migrated file: runs, and the decision log (the old decision was carried into it).
        var run = store.StartRun("2024-01-03", string.Empty, "1.0.0", "rules", DateTimeOffset.UtcNow);
        Assert.False(run.Resumed);
        store.Decide(new ReviewDecision("00112233445566aa", ReviewDecisionKind.Confirmed, null, "ben", DateTimeOffset.UtcNow));
        using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        check.Open();
        using var count = check.CreateCommand();
        count.CommandText = "SELECT group_concat(decided_by, ',') FROM (SELECT decided_by FROM decision_log ORDER BY id)";
        Assert.Equal("ana,ben", count.ExecuteScalar());
    }

    /// <summary>A v4 file by hand (v1's tables with v2–v4's columns): one article with a bilingual finding, no report entry.</summary>
    private const string Version4 = """
        CREATE TABLE articles (feed TEXT NOT NULL, article_id TEXT NOT NULL, content_hash TEXT NOT NULL, rules_key TEXT NOT NULL, night TEXT NOT NULL,
            status TEXT NOT NULL, words INTEGER NOT NULL, scored INTEGER NOT NULL, diagnostics TEXT NOT NULL, resolved TEXT NOT NULL, checked_utc TEXT NOT NULL,
            run_id TEXT NOT NULL DEFAULT '', sentences TEXT, PRIMARY KEY (feed, article_id)) WITHOUT ROWID;
        CREATE TABLE findings (feed TEXT NOT NULL, article_id TEXT NOT NULL, ordinal INTEGER NOT NULL, fingerprint TEXT NOT NULL, rule TEXT NOT NULL,
            class TEXT NOT NULL, category TEXT NOT NULL, severity TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL,
            sentence TEXT NOT NULL, message TEXT NOT NULL, suggestion TEXT, change TEXT NOT NULL, source_start INTEGER, source_end INTEGER,
            PRIMARY KEY (feed, article_id, ordinal)) WITHOUT ROWID;
        CREATE INDEX findings_by_fingerprint ON findings (fingerprint);
        CREATE TABLE decisions (fingerprint TEXT PRIMARY KEY, decision TEXT NOT NULL, reason TEXT, decided_by TEXT NOT NULL, decided_at TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE nights (night TEXT NOT NULL, feed TEXT NOT NULL, shard TEXT NOT NULL, articles INTEGER NOT NULL, words INTEGER NOT NULL, findings INTEGER NOT NULL,
            critical INTEGER NOT NULL, major INTEGER NOT NULL, minor INTEGER NOT NULL, passed INTEGER NOT NULL, failed INTEGER NOT NULL, by_class TEXT NOT NULL,
            recorded_utc TEXT NOT NULL, suppressed INTEGER NOT NULL DEFAULT 0, translator_characters INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (night, feed, shard)) WITHOUT ROWID;
        CREATE TABLE runs (run_id TEXT PRIMARY KEY, night TEXT NOT NULL, shard TEXT NOT NULL, started_utc TEXT NOT NULL, completed_utc TEXT,
            tool_version TEXT NOT NULL, rules_key TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX runs_by_night ON runs (night, shard);
        CREATE TABLE decision_log (id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL, decision TEXT NOT NULL, reason TEXT, decided_by TEXT NOT NULL, decided_at TEXT NOT NULL);
        INSERT INTO articles VALUES ('wire', 'b1', 'hash', 'rules', '2024-01-01', 'checked', 9, 1, '[]', '[]', '2024-01-02T03:00:00.000Z', 'run-1', '[0,32]');
        INSERT INTO findings VALUES ('wire', 'b1', 0, '8899aabbccddeeff', 'BI_NUMBER', 'number-mismatch', 'Accuracy', 'major', 16, 18, '30', 'The council voted 30 million.', 'msg', NULL, 'new', 18, 21);
        PRAGMA user_version = 4;
        """;

    [Fact]
    public void OpeningAVersion4File_AddsTheReportEntries_AndItsRowsTakeTheObjectPath()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "v4.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = Version4;
            command.ExecuteNonQuery();
        }

        using var store = HistoryStore.Open(path);

        Assert.Equal(5, store.SchemaVersion);

        // No stored entry: the rerun reads the findings (the object path), source span and all.
        Assert.Null(store.Articles.FindEntry("wire", "b1", "hash", "rules"));
        var stored = store.Articles.Find("wire", "b1", "hash", "rules", "Le conseil a voté 300 millions.");
        Assert.NotNull(stored);
        var (finding, change) = Assert.Single(stored.Findings);
        Assert.Equal("8899aabbccddeeff", finding.Fingerprint);
        Assert.Equal("300", finding.Source?.Text);
        Assert.Equal(Translation.Quality.Results.FindingChange.New, change);
        Assert.Equal("run-1", stored.RunId);
    }

    [Fact]
    public void AFileFromANewerTqa_IsRefusedWithItsVersion()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "new.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99;";
            command.ExecuteNonQuery();
        }

        var ex = Assert.Throws<HistoryException>(() => HistoryStore.Open(path));
        Assert.Contains("version 99", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShardHash_IsStableAndSpreadsIds()
    {
        // Fixed values: the assignment must never change between machines or releases.
        Assert.Equal(ShardSpec.Of("story-00001", 4), ShardSpec.Of("story-00001", 4));
        var counts = new int[4];
        for (var i = 0; i < 4000; i++)
        {
            counts[ShardSpec.Of($"story-{i:D5}", 4) - 1]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 850, 1150));
        Assert.True(ShardSpec.TryParse("2/4", out var shard, out _));
        Assert.Equal(new ShardSpec(2, 4), shard);
        Assert.False(ShardSpec.TryParse("0/4", out _, out _));
        Assert.False(ShardSpec.TryParse("5/4", out _, out _));
        Assert.False(ShardSpec.TryParse("1-4", out _, out _));
    }
}
