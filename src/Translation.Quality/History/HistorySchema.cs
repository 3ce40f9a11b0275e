using Microsoft.Data.Sqlite;

namespace Translation.Quality.History;

/// <summary>
/// The history file's schema, as numbered migrations recorded in <c>PRAGMA user_version</c>. A newer
/// tqa opens an older file by applying the missing steps in order; never edit a step once shipped.
/// </summary>
public static class HistorySchema
{
    public static int Current => Migrations.Count;

    /// <summary>Step i takes the file from version i to i + 1.</summary>
    public static IReadOnlyList<string> Migrations { get; } =
    [
        // v1: incremental state per article, its findings, review decisions, and per-night trends.
        """
        CREATE TABLE articles (
            feed TEXT NOT NULL,
            article_id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            rules_key TEXT NOT NULL,
            night TEXT NOT NULL,
            status TEXT NOT NULL,
            words INTEGER NOT NULL,
            scored INTEGER NOT NULL,
            diagnostics TEXT NOT NULL,
            resolved TEXT NOT NULL,
            checked_utc TEXT NOT NULL,
            PRIMARY KEY (feed, article_id)
        ) WITHOUT ROWID;
        CREATE TABLE findings (
            feed TEXT NOT NULL,
            article_id TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            fingerprint TEXT NOT NULL,
            rule TEXT NOT NULL,
            class TEXT NOT NULL,
            category TEXT NOT NULL,
            severity TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            text TEXT NOT NULL,
            sentence TEXT NOT NULL,
            message TEXT NOT NULL,
            suggestion TEXT,
            change TEXT NOT NULL,
            PRIMARY KEY (feed, article_id, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX findings_by_fingerprint ON findings (fingerprint);
        CREATE TABLE decisions (
            fingerprint TEXT PRIMARY KEY,
            decision TEXT NOT NULL,
            reason TEXT,
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE nights (
            night TEXT NOT NULL,
            feed TEXT NOT NULL,
            shard TEXT NOT NULL,
            articles INTEGER NOT NULL,
            words INTEGER NOT NULL,
            findings INTEGER NOT NULL,
            critical INTEGER NOT NULL,
            major INTEGER NOT NULL,
            minor INTEGER NOT NULL,
            passed INTEGER NOT NULL,
            failed INTEGER NOT NULL,
            by_class TEXT NOT NULL,
            recorded_utc TEXT NOT NULL,
            PRIMARY KEY (night, feed, shard)
        ) WITHOUT ROWID;
        """,

        // v2: runs (a crashed night resumes where it stopped), suppression and Translator figures in
        // the trends, and an append-only log of every review decision (who, when, why).
        """
        CREATE TABLE runs (
            run_id TEXT PRIMARY KEY,
            night TEXT NOT NULL,
            shard TEXT NOT NULL,
            started_utc TEXT NOT NULL,
            completed_utc TEXT,
            tool_version TEXT NOT NULL,
            rules_key TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX runs_by_night ON runs (night, shard);
        ALTER TABLE articles ADD COLUMN run_id TEXT NOT NULL DEFAULT '';
        ALTER TABLE nights ADD COLUMN suppressed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE nights ADD COLUMN translator_characters INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE decision_log (
            id INTEGER PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            decision TEXT NOT NULL,
            reason TEXT,
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL
        );
        INSERT INTO decision_log (fingerprint, decision, reason, decided_by, decided_at)
            SELECT fingerprint, decision, reason, decided_by, decided_at FROM decisions ORDER BY decided_at;
        """,

        // v3: the sentences a check found (start, end, … as JSON), so a reused article shows the same
        // sentence blocks; NULL in rows written before (the report splits those as it always did).
        """
        ALTER TABLE articles ADD COLUMN sentences TEXT;
        """,

        // v4: a bilingual finding's source span (offsets into the article's source text, which the content
        // hash covers), so a finding reused from history keeps it.
        """
        ALTER TABLE findings ADD COLUMN source_start INTEGER;
        ALTER TABLE findings ADD COLUMN source_end INTEGER;
        """,

        // v5: each article's report.json entry as an unchanged rerun writes it (carried shape, indented as in the
        // report), with what a rerun checks before copying it (content, rules, run, path, position, every
        // fingerprint for dismissals since) and what the summary counts (MQM, a tally per rule), so an unchanged
        // rerun builds no finding objects. A table of its own with a rowid: in a WITHOUT ROWID row SQLite keeps
        // about a quarter page in place, so a 1.5 KB entry beside the article's columns would spill into a
        // mostly empty overflow page (the 10 MB history grew 7.7 -> 29 MB that way). Articles stored before
        // have no entry and take the object path.
        """
        CREATE TABLE report_entries (
            feed TEXT NOT NULL,
            article_id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            rules_key TEXT NOT NULL,
            run_id TEXT NOT NULL,
            path TEXT NOT NULL,
            position INTEGER,
            fingerprints TEXT NOT NULL,
            words INTEGER NOT NULL,
            mqm_penalty REAL,
            mqm_score REAL,
            mqm_pass INTEGER,
            tally TEXT NOT NULL,
            entry BLOB NOT NULL,
            UNIQUE (feed, article_id)
        );
        """,
    ];

    /// <summary>Brings the file up to <see cref="Current"/>, one transaction per step.</summary>
    /// <exception cref="HistoryException">The file was written by a newer tqa.</exception>
    public static void Migrate(SqliteConnection connection, string path)
    {
        var version = UserVersion(connection);
        if (version > Current)
        {
            throw new HistoryException($"{path}: the history file has schema version {version}, written by a newer tqa; this tqa knows up to version {Current}");
        }

        while (version < Current)
        {
            using var transaction = connection.BeginTransaction();
            if (UserVersion(connection, transaction) != version)
            {
                // Another process migrated it meanwhile.
                transaction.Rollback();
                version = UserVersion(connection);
                continue;
            }

            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = Migrations[version] + $"\nPRAGMA user_version = {version + 1};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            version++;
        }
    }

    public static int UserVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
