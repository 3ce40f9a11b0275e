using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Translation.Quality.History;

/// <summary>
/// The one connection to a history file (SQLite, WAL mode, so a <c>tqa review</c> can write while a
/// nightly run is writing: each waits on the other's short transactions, never fails). It is not
/// thread-safe: whoever uses it holds <see cref="Gate"/>. Statements are prepared once and reused;
/// a run's writes go into batches (<see cref="EnsureTransaction"/>, <see cref="Commit"/>).
/// </summary>
internal sealed class HistoryConnection : IDisposable
{
    /// <summary>How long a statement waits on another process's write lock before it gives up.</summary>
    private const int BusySeconds = 30;

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;
    private long _transactionStarted;

    private HistoryConnection(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    public string Path { get; }

    public Lock Gate { get; } = new();

    public bool InTransaction => _transaction is not null;

    public TimeSpan TransactionAge => _transaction is null ? TimeSpan.Zero : System.Diagnostics.Stopwatch.GetElapsedTime(_transactionStarted);

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
    public static HistoryConnection Open(string path)
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

        return new HistoryConnection(connection, full);
    }

    /// <summary>Creates or migrates a file without switching it to WAL: a new one stays a single file to copy between machines.</summary>
    public static void CreatePortable(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        connection.Open();
        HistorySchema.Migrate(connection, path);
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

    public void EnsureTransaction()
    {
        if (_transaction is null)
        {
            _transaction = _connection.BeginTransaction();
            _transactionStarted = System.Diagnostics.Stopwatch.GetTimestamp();
        }
    }

    public void Commit()
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

    /// <summary>Undoes an open transaction (a write that failed halfway); nothing when none is open.</summary>
    public void Rollback()
    {
        _transaction?.Rollback();
        _transaction?.Dispose();
        _transaction = null;
    }

    /// <summary>A prepared statement with its parameters bound; reuse keeps SQLite's compiled plan.</summary>
    public SqliteCommand Command(string sql, params ReadOnlySpan<(string Name, object? Value)> args)
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

    /// <summary>A statement of its own, for a listing the caller streams while it looks other things up.</summary>
    public SqliteCommand NewCommand(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    public int Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> args) => Command(sql, args).ExecuteNonQuery();

    public object? Scalar(string sql, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        var value = Command(sql, args).ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>Runs <paramref name="write"/> in its own transaction (review commands, run bookkeeping), or in the open batch.</summary>
    public T Write<T>(Func<T> write)
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
                    Rollback();
                }

                throw;
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> with another file attached as <c>x</c>, in one transaction of its own.</summary>
    public void WithAttached(string path, Action work)
    {
        lock (Gate)
        {
            Commit();
            Execute("ATTACH DATABASE $path AS x", ("$path", path));
            try
            {
                EnsureTransaction();
                work();
                Commit();
            }
            finally
            {
                Rollback();
                Execute("DETACH DATABASE x");
            }
        }
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

    public static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseUtc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
