using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Translation.Quality.Results;

namespace Translation.Quality.History;

/// <summary>
/// The history file: one SQLite database in WAL mode, so a <c>tqa review</c> can write while a nightly
/// run is writing (each waits on the other's short transactions, never fails). One connection, used
/// under <see cref="Gate"/>; statements are prepared once and reused. Nothing here loads whole tables:
/// lookups are per article, listings stream.
/// </summary>
public sealed class HistoryStore : IDisposable
{
    /// <summary>How long a statement waits on another process's write lock before it gives up.</summary>
    private const int BusySeconds = 30;

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;
    private long _transactionStarted;

    private HistoryStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Held by whoever uses the connection; it is not thread-safe.</summary>
    internal Lock Gate { get; } = new();

    public int SchemaVersion
    {
        get
        {
            lock (Gate)
            {
                return HistorySchema.UserVersion(_connection, _transaction);
            }
        }
    }

    /// <summary>Opens (creating if need be) and migrates a history file.</summary>
    /// <exception cref="HistoryException">Not a history file, or one from a newer tqa.</exception>
    public static HistoryStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(full) is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
        }

        // No pooling: the file is closed when the store is, so a test or a merge can move it.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = BusySeconds,
        }.ToString());
        try
        {
            connection.Open();
            using (var pragma = connection.CreateCommand())
            {
                // WAL: readers never block the writer; NORMAL sync: a committed batch survives a killed process.
                pragma.CommandText = $"PRAGMA busy_timeout = {BusySeconds * 1000}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
                pragma.ExecuteNonQuery();
            }

            HistorySchema.Migrate(connection, full);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw HistoryFailure.For(full, ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new HistoryStore(connection, full);
    }

    // ---- batches (the nightly journal) ----

    internal bool InTransaction => _transaction is not null;

    internal TimeSpan TransactionAge => _transaction is null ? TimeSpan.Zero : System.Diagnostics.Stopwatch.GetElapsedTime(_transactionStarted);

    internal void EnsureTransaction()
    {
        if (_transaction is null)
        {
            _transaction = _connection.BeginTransaction();
            _transactionStarted = System.Diagnostics.Stopwatch.GetTimestamp();
        }
    }

    internal void Commit()
    {
        if (_transaction is null)
        {
            return;
        }

        if (_transaction.Connection is null)
        {
            // SQLite rolled the batch back when a statement failed: say why the file failed, not that the transaction is gone.
            _transaction.Dispose();
            _transaction = null;
            throw Damaged() ?? new SqliteException("a statement on the history file failed and SQLite rolled its batch back", 1);
        }

        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
    }

    /// <summary>SQLite's quick check, for a failure whose reason was lost: corruption, or null when the file looks whole.</summary>
    private SqliteException? Damaged()
    {
        try
        {
            using var check = _connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check(1)";
            return check.ExecuteScalar() as string == "ok" ? null : new SqliteException("database disk image is malformed", 11);
        }
        catch (SqliteException ex)
        {
            return ex;
        }
    }

    /// <summary>A prepared statement with its parameters bound; reuse keeps SQLite's compiled plan.</summary>
    internal SqliteCommand Command(string sql, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Transaction = _transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in args)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    internal int Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> args) => Command(sql, args).ExecuteNonQuery();

    internal object? Scalar(string sql, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        var value = Command(sql, args).ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>Runs <paramref name="write"/> in its own transaction (review commands, run bookkeeping).</summary>
    internal T Write<T>(Func<T> write)
    {
        lock (Gate)
        {
            var own = _transaction is null;
            EnsureTransaction();
            try
            {
                var result = write();
                if (own)
                {
                    Commit();
                }

                return result;
            }
            catch
            {
                if (own)
                {
                    _transaction?.Rollback();
                    _transaction?.Dispose();
                    _transaction = null;
                }

                throw;
            }
        }
    }

    // ---- runs and nights ----

    /// <summary>Starts tonight's run, or resumes one that was interrupted for the same night and shard.</summary>
    public RunStart StartRun(string night, string shard, string toolVersion, string rulesKey, DateTimeOffset now) => Write(() =>
    {
        var open = Scalar(
            "SELECT run_id FROM runs WHERE night = $night AND shard = $shard AND completed_utc IS NULL AND rules_key = $rules ORDER BY started_utc DESC LIMIT 1",
            ("$night", night), ("$shard", shard), ("$rules", rulesKey)) as string;
        if (open is not null)
        {
            return new RunStart(open, Resumed: true);
        }

        var runId = Guid.NewGuid().ToString("N");
        Execute(
            "INSERT INTO runs (run_id, night, shard, started_utc, completed_utc, tool_version, rules_key) VALUES ($id, $night, $shard, $now, NULL, $tool, $rules)",
            ("$id", runId), ("$night", night), ("$shard", shard), ("$now", Utc(now)), ("$tool", toolVersion), ("$rules", rulesKey));
        return new RunStart(runId, Resumed: false);
    });

    /// <summary>Whether a run of this night and shard has completed (its reports were published).</summary>
    public bool IsComplete(string night, string shard)
    {
        lock (Gate)
        {
            return Scalar("SELECT 1 FROM runs WHERE night = $night AND shard = $shard AND completed_utc IS NOT NULL LIMIT 1", ("$night", night), ("$shard", shard)) is not null;
        }
    }

    public void CompleteRun(string runId, DateTimeOffset now) => Write(() =>
        Execute("UPDATE runs SET completed_utc = $now WHERE run_id = $id", ("$now", Utc(now)), ("$id", runId)));

    /// <summary>Records one feed's night; a whole night replaces its shards' rows, and a shard replaces a whole night's.</summary>
    public void RecordNight(TrendRow row, string shard, DateTimeOffset now) => Write(() =>
    {
        Execute(
            """
            DELETE FROM nights WHERE night = $night AND feed = $feed AND shard <> $shard
                AND ($shard = '' OR shard = '' OR substr(shard, instr(shard, '/') + 1) <> substr($shard, instr($shard, '/') + 1))
            """,
            ("$night", row.Night), ("$feed", row.Feed), ("$shard", shard));
        return Execute(
            """
            INSERT OR REPLACE INTO nights (night, feed, shard, articles, words, findings, critical, major, minor, passed, failed, by_class, recorded_utc, suppressed, translator_characters)
            VALUES ($night, $feed, $shard, $articles, $words, $findings, $critical, $major, $minor, $passed, $failed, $byClass, $now, $suppressed, $translator)
            """,
            ("$night", row.Night), ("$feed", row.Feed), ("$shard", shard), ("$articles", row.Articles), ("$words", row.Words), ("$findings", row.Findings),
            ("$critical", row.Critical), ("$major", row.Major), ("$minor", row.Minor), ("$passed", row.Passed), ("$failed", row.Failed),
            ("$byClass", JsonSerializer.Serialize(row.ByClass)), ("$now", Utc(now)), ("$suppressed", row.Suppressed), ("$translator", row.TranslatorCharacters));
    });

    /// <summary>The last <paramref name="nights"/> nights up to <paramref name="throughNight"/>, oldest first; shards of a night are added up.</summary>
    /// <param name="current">The night being written now: listed although its run is not complete yet (its own report shows it).</param>
    public IReadOnlyList<TrendRow> Trend(string? feed, int nights, string? throughNight = null, string? current = null)
    {
        lock (Gate)
        {
            var rows = new List<TrendRow>();
            using var reader = Command(
                """
                SELECT night, feed, SUM(articles), SUM(words), SUM(findings), SUM(critical), SUM(major), SUM(minor), SUM(passed), SUM(failed),
                       SUM(suppressed), SUM(translator_characters), json_group_array(by_class)
                FROM nights n
                WHERE ($feed IS NULL OR feed = $feed)
                  AND night IN (SELECT DISTINCT night FROM nights WHERE ($feed IS NULL OR feed = $feed) AND ($through IS NULL OR night <= $through) ORDER BY night DESC LIMIT $limit)
                  -- A night whose run never published its reports (interrupted, disk full) is not a night yet.
                  AND (night = $current
                       OR EXISTS (SELECT 1 FROM runs r WHERE r.night = n.night AND r.shard = n.shard AND r.completed_utc IS NOT NULL)
                       OR NOT EXISTS (SELECT 1 FROM runs r WHERE r.night = n.night AND r.shard = n.shard))
                GROUP BY night, feed
                ORDER BY night, feed
                """,
                ("$feed", feed), ("$through", throughNight), ("$limit", nights), ("$current", current)).ExecuteReader();
            while (reader.Read())
            {
                var byClass = new SortedDictionary<string, int>(StringComparer.Ordinal);
                foreach (var part in JsonSerializer.Deserialize<string[]>(reader.GetString(12)) ?? [])
                {
                    foreach (var (cls, n) in JsonSerializer.Deserialize<Dictionary<string, int>>(part) ?? [])
                    {
                        byClass[cls] = byClass.GetValueOrDefault(cls) + n;
                    }
                }

                rows.Add(new TrendRow
                {
                    Night = reader.GetString(0),
                    Feed = reader.GetString(1),
                    Articles = reader.GetInt32(2),
                    Words = reader.GetInt64(3),
                    Findings = reader.GetInt32(4),
                    Critical = reader.GetInt32(5),
                    Major = reader.GetInt32(6),
                    Minor = reader.GetInt32(7),
                    Passed = reader.GetInt32(8),
                    Failed = reader.GetInt32(9),
                    Suppressed = reader.GetInt32(10),
                    TranslatorCharacters = reader.GetInt64(11),
                    ByClass = byClass,
                });
            }

            return rows;
        }
    }

    // ---- review decisions ----

    public ReviewDecision? Decision(string fingerprint)
    {
        lock (Gate)
        {
            using var reader = Command("SELECT fingerprint, decision, reason, decided_by, decided_at FROM decisions WHERE fingerprint = $fp", ("$fp", fingerprint)).ExecuteReader();
            return reader.Read() ? ReadDecision(reader) : null;
        }
    }

    /// <summary>Whether a reviewer dismissed this fingerprint (the per-finding lookup of a run).</summary>
    internal bool IsDismissed(string fingerprint) =>
        Scalar("SELECT 1 FROM decisions WHERE fingerprint = $fp AND decision = 'dismissed'", ("$fp", fingerprint)) is not null;

    /// <summary>Records a decision and logs it.</summary>
    /// <param name="onlyIfNewer">Keep an existing decision made later than this one (imports).</param>
    /// <returns>False when an existing, later decision was kept.</returns>
    public bool Decide(ReviewDecision decision, bool onlyIfNewer = false) => Write(() =>
    {
        var at = Utc(decision.At);
        if (onlyIfNewer && Scalar("SELECT decided_at FROM decisions WHERE fingerprint = $fp", ("$fp", decision.Fingerprint)) is string existing
            && string.CompareOrdinal(existing, at) > 0)
        {
            return false;
        }

        (string, object?)[] args = [("$fp", decision.Fingerprint), ("$decision", decision.DecisionName), ("$reason", decision.Reason), ("$by", decision.By), ("$at", at)];
        Execute("INSERT OR REPLACE INTO decisions (fingerprint, decision, reason, decided_by, decided_at) VALUES ($fp, $decision, $reason, $by, $at)", args);
        Execute("INSERT INTO decision_log (fingerprint, decision, reason, decided_by, decided_at) VALUES ($fp, $decision, $reason, $by, $at)", args);
        return true;
    });

    /// <summary>Every decision, oldest first, streamed.</summary>
    public IEnumerable<ReviewDecision> Decisions()
    {
        // A separate command: the caller may look things up while this reader is open.
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT fingerprint, decision, reason, decided_by, decided_at FROM decisions ORDER BY decided_at, fingerprint";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return ReadDecision(reader);
        }
    }

    /// <summary>Whether any article's latest version has a finding with this fingerprint.</summary>
    public bool HasFinding(string fingerprint)
    {
        lock (Gate)
        {
            return Scalar("SELECT 1 FROM findings WHERE fingerprint = $fp LIMIT 1", ("$fp", fingerprint)) is not null;
        }
    }

    /// <summary>
    /// Findings of the articles' latest versions with their review status, then decisions on
    /// fingerprints no current article has; streamed.
    /// </summary>
    public IEnumerable<ReviewItem> Review(ReviewStatus? status)
    {
        using var command = _connection.CreateCommand();
        command.CommandText =
            """
            SELECT f.fingerprint, f.feed, f.article_id, f.rule, f.class, f.severity, f.text, f.sentence,
                   d.decision, d.reason, d.decided_by, d.decided_at
            FROM findings f LEFT JOIN decisions d ON d.fingerprint = f.fingerprint
            WHERE $status IS NULL OR ($status = 'open' AND d.fingerprint IS NULL) OR d.decision = $status
            UNION ALL
            SELECT d.fingerprint, NULL, NULL, NULL, NULL, NULL, NULL, NULL, d.decision, d.reason, d.decided_by, d.decided_at
            FROM decisions d
            WHERE ($status IS NULL OR d.decision = $status) AND NOT EXISTS (SELECT 1 FROM findings f WHERE f.fingerprint = d.fingerprint)
            ORDER BY 2, 3, 1
            """;
        command.Parameters.AddWithValue("$status", status is { } s ? s.ToString().ToLowerInvariant() : DBNull.Value);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ReviewDecision? decision = reader.IsDBNull(8) ? null : new ReviewDecision(
                reader.GetString(0),
                ReviewDecision.Parse(reader.GetString(8)) ?? ReviewDecisionKind.Confirmed,
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.GetString(10),
                ParseUtc(reader.GetString(11)));
            yield return new ReviewItem
            {
                Fingerprint = reader.GetString(0),
                Status = decision is null ? ReviewStatus.Open : decision.Decision == ReviewDecisionKind.Dismissed ? ReviewStatus.Dismissed : ReviewStatus.Confirmed,
                Feed = NullableString(reader, 1),
                ArticleId = NullableString(reader, 2),
                Rule = NullableString(reader, 3),
                Class = NullableString(reader, 4),
                Severity = NullableString(reader, 5),
                Text = NullableString(reader, 6),
                Sentence = NullableString(reader, 7),
                Decision = decision,
            };
        }
    }

    // ---- shards: export one run's rows, import them into another file ----

    /// <summary>Writes what one run recorded (its articles, their findings, its nights) and every decision to a new file.</summary>
    public void ExportRun(string runId, string night, string shard, string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (File.Exists(full))
        {
            File.Delete(full);
        }

        CreatePortable(full);
        lock (Gate)
        {
            Commit();
            Execute("ATTACH DATABASE $path AS x", ("$path", full));
            try
            {
                EnsureTransaction();
                Execute("INSERT INTO x.articles SELECT * FROM main.articles WHERE run_id = $run", ("$run", runId));
                Execute(
                    "INSERT INTO x.findings SELECT f.* FROM main.findings f JOIN main.articles a ON a.feed = f.feed AND a.article_id = f.article_id WHERE a.run_id = $run",
                    ("$run", runId));
                Execute("INSERT INTO x.runs SELECT * FROM main.runs WHERE run_id = $run", ("$run", runId));
                Execute("INSERT INTO x.nights SELECT * FROM main.nights WHERE night = $night AND shard = $shard", ("$night", night), ("$shard", shard));
                Execute("INSERT INTO x.decisions SELECT * FROM main.decisions");
                Execute("INSERT INTO x.decision_log (fingerprint, decision, reason, decided_by, decided_at) SELECT fingerprint, decision, reason, decided_by, decided_at FROM main.decision_log ORDER BY id");
                Commit();
            }
            finally
            {
                if (_transaction is not null)
                {
                    _transaction.Rollback();
                    _transaction.Dispose();
                    _transaction = null;
                }

                Execute("DETACH DATABASE x");
            }
        }
    }

    /// <summary>
    /// Folds another history file (a shard's export, or another machine's history) into this one:
    /// an article's later version wins, a later decision wins, nights replace nights. Importing the
    /// same file twice changes nothing.
    /// </summary>
    public void Import(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new HistoryException($"{full}: history file not found");
        }

        // Bring the other file to this schema first, so its columns line up with ours.
        CreatePortable(full);
        lock (Gate)
        {
            Commit();
            Execute("ATTACH DATABASE $path AS x", ("$path", full));
            try
            {
                EnsureTransaction();
                Execute("DROP TABLE IF EXISTS temp.incoming");
                Execute(
                    """
                    CREATE TEMP TABLE incoming AS SELECT s.feed, s.article_id FROM x.articles s
                    WHERE NOT EXISTS (SELECT 1 FROM main.articles m WHERE m.feed = s.feed AND m.article_id = s.article_id AND m.night > s.night)
                    """);
                Execute("DELETE FROM main.findings WHERE EXISTS (SELECT 1 FROM temp.incoming i WHERE i.feed = findings.feed AND i.article_id = findings.article_id)");
                Execute("INSERT INTO main.findings SELECT f.* FROM x.findings f JOIN temp.incoming i ON i.feed = f.feed AND i.article_id = f.article_id");
                Execute("INSERT OR REPLACE INTO main.articles SELECT a.* FROM x.articles a JOIN temp.incoming i ON i.feed = a.feed AND i.article_id = a.article_id");
                Execute("DROP TABLE temp.incoming");
                Execute("INSERT OR REPLACE INTO main.runs SELECT * FROM x.runs");
                Execute(
                    """
                    DELETE FROM main.nights WHERE EXISTS (SELECT 1 FROM x.nights s WHERE s.night = nights.night AND s.feed = nights.feed AND s.shard <> nights.shard
                        AND (s.shard = '' OR nights.shard = '' OR substr(s.shard, instr(s.shard, '/') + 1) <> substr(nights.shard, instr(nights.shard, '/') + 1)))
                    """);
                Execute("INSERT OR REPLACE INTO main.nights SELECT * FROM x.nights");
                Execute(
                    """
                    INSERT INTO main.decisions SELECT * FROM x.decisions WHERE true
                    ON CONFLICT (fingerprint) DO UPDATE SET decision = excluded.decision, reason = excluded.reason, decided_by = excluded.decided_by, decided_at = excluded.decided_at
                    WHERE excluded.decided_at > decisions.decided_at
                    """);
                Execute(
                    """
                    INSERT INTO main.decision_log (fingerprint, decision, reason, decided_by, decided_at)
                    SELECT s.fingerprint, s.decision, s.reason, s.decided_by, s.decided_at FROM x.decision_log s
                    WHERE NOT EXISTS (SELECT 1 FROM main.decision_log m WHERE m.fingerprint = s.fingerprint AND m.decision = s.decision AND m.decided_by = s.decided_by AND m.decided_at = s.decided_at)
                    ORDER BY s.id
                    """);
                Commit();
            }
            finally
            {
                if (_transaction is not null)
                {
                    _transaction.Rollback();
                    _transaction.Dispose();
                    _transaction = null;
                }

                Execute("DETACH DATABASE x");
            }
        }
    }

    /// <summary>SQLite's integrity check of a history file, opened read-only: "ok", or each problem it found.</summary>
    /// <exception cref="HistoryException">The file cannot even be opened as a database.</exception>
    public static IReadOnlyList<string> Check(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check(20)";
            using var reader = command.ExecuteReader();
            var problems = new List<string>();
            while (reader.Read())
            {
                problems.Add(reader.GetString(0));
            }

            return problems;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 11 or 26)
        {
            // So damaged that the check itself stops: that is its finding.
            return [ex.Message];
        }
        catch (SqliteException ex)
        {
            throw HistoryFailure.For(full, ex);
        }
    }

    /// <summary>Creates or migrates a file without switching it to WAL: a new one stays a single file to copy between machines.</summary>
    private static void CreatePortable(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        connection.Open();
        HistorySchema.Migrate(connection, path);
    }

    public void Dispose()
    {
        lock (Gate)
        {
            try
            {
                Commit();
            }
            catch (Exception ex) when (HistoryFailure.IsStorage(ex))
            {
                // The failure that ended the transaction is already on its way to the user; throwing
                // here would hide it. The batch is lost, and the rerun of the night redoes it.
                _transaction?.Dispose();
                _transaction = null;
            }

            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }

            _commands.Clear();
            _connection.Dispose();
        }
    }

    internal static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    internal static DateTimeOffset ParseUtc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static ReviewDecision ReadDecision(SqliteDataReader reader) => new(
        reader.GetString(0),
        ReviewDecision.Parse(reader.GetString(1)) ?? ReviewDecisionKind.Confirmed,
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.GetString(3),
        ParseUtc(reader.GetString(4)));
}
