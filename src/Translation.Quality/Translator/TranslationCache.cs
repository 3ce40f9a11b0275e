using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Translation.Quality.Translator;

/// <summary>
/// Translator answers kept in SQLite (WAL), keyed by (SHA-256 of the text, from, to, operation), so
/// a rerun never pays twice for the same sentence. One connection behind a lock: the network, not
/// the cache, is the slow part. Several processes (shards) may share the file.
/// </summary>
public sealed class TranslationCache : IDisposable
{
    private const int SchemaVersion = 1;

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    private TranslationCache(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    public string Path { get; }

    /// <exception cref="SqliteException">The file is not a usable cache.</exception>
    public static TranslationCache Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(full) is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;");
            Execute(connection, """
                CREATE TABLE IF NOT EXISTS entries (
                    text_hash TEXT NOT NULL,
                    source TEXT NOT NULL,
                    target TEXT NOT NULL,
                    operation TEXT NOT NULL,
                    value TEXT NOT NULL,
                    created_utc TEXT NOT NULL,
                    PRIMARY KEY (text_hash, source, target, operation)
                ) WITHOUT ROWID;
                """);
            Execute(connection, $"PRAGMA user_version={SchemaVersion};");
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new TranslationCache(connection, full);
    }

    /// <summary>The cached answers for some texts; texts not cached are absent.</summary>
    public Dictionary<string, string> GetMany(string operation, string source, string target, IEnumerable<string> texts)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT value FROM entries WHERE text_hash = $h AND source = $s AND target = $t AND operation = $o";
            var hash = command.Parameters.Add("$h", SqliteType.Text);
            command.Parameters.AddWithValue("$s", source);
            command.Parameters.AddWithValue("$t", target);
            command.Parameters.AddWithValue("$o", operation);
            foreach (var text in texts)
            {
                if (found.ContainsKey(text))
                {
                    continue;
                }

                hash.Value = Hash(text);
                if (command.ExecuteScalar() is string value)
                {
                    found[text] = value;
                }
            }
        }

        return found;
    }

    /// <summary>Stores answers in one transaction.</summary>
    public void SetMany(string operation, string source, string target, IEnumerable<KeyValuePair<string, string>> entries)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT OR REPLACE INTO entries (text_hash, source, target, operation, value, created_utc) VALUES ($h, $s, $t, $o, $v, $c)";
            var hash = command.Parameters.Add("$h", SqliteType.Text);
            var value = command.Parameters.Add("$v", SqliteType.Text);
            command.Parameters.AddWithValue("$s", source);
            command.Parameters.AddWithValue("$t", target);
            command.Parameters.AddWithValue("$o", operation);
            command.Parameters.AddWithValue("$c", TimeProvider.System.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            foreach (var (text, answer) in entries)
            {
                hash.Value = Hash(text);
                value.Value = answer;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    public long Count()
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM entries";
            return (long)command.ExecuteScalar()!;
        }
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _connection.Dispose();
        }
    }
}
