using Microsoft.Data.Sqlite;

namespace Translation.Quality.History;

/// <summary>
/// What a failure of the history file means to an operator: which file, what is wrong with it and
/// what to do, instead of an SQLite stack trace.
/// </summary>
public static class HistoryFailure
{
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CannotOpen = 14;
    private const int NotADatabase = 26;

    /// <summary>A failure of the file or of SQLite on it (a transaction a failed statement ended included), not of tqa's logic.</summary>
    public static bool IsStorage(Exception ex) =>
        ex is SqliteException || (ex is InvalidOperationException && ex.Source == "Microsoft.Data.Sqlite");

    public static HistoryException For(string path, Exception ex)
    {
        var code = ex is SqliteException sqlite ? sqlite.SqliteErrorCode : Probe(path);
        var what = code switch
        {
            Corrupt or NotADatabase => $"history file {path} is damaged ({(ex is SqliteException ? Reason(ex) : "SQLite's integrity check fails")}). Run 'tqa history check --history {path}' to see what is wrong, then restore the file from a backup, or move it aside to start a new history",
            ReadOnly => $"history file {path} cannot be written ({Reason(ex)}): make the file and its folder writable, or name another with --history",
            CannotOpen => $"history file {path} cannot be opened ({Reason(ex)}): check that its folder exists and is writable, or name another with --history",
            Full => $"history file {path}: the disk is full ({Reason(ex)}); free space and rerun the same night to resume it",
            IoError => $"history file {path} could not be read or written ({Reason(ex)}); run 'tqa history check --history {path}', and restore it from a backup if it is damaged",
            _ => $"history file {path} could not be used ({Reason(ex)}); run 'tqa history check --history {path}', and restore it from a backup if it is damaged",
        };
        return new HistoryException(what, ex);
    }

    /// <summary>
    /// A failure that lost its reason (another thread's statement failed and SQLite ended the shared
    /// transaction): SQLite's quick check on the file says whether it is damaged.
    /// </summary>
    private static int Probe(string path)
    {
        try
        {
            return HistoryStore.Check(path) is ["ok"] ? -1 : Corrupt;
        }
        catch (HistoryException)
        {
            return -1;
        }
    }

    private static string Reason(Exception ex) =>
        ex is SqliteException s ? s.Message.Replace("SQLite Error ", "SQLite error ", StringComparison.Ordinal).TrimEnd('.') : ex.Message.TrimEnd('.');
}
