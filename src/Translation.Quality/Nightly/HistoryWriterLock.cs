using System.Globalization;
using Translation.Quality.History;

namespace Translation.Quality.Nightly;

/// <summary>
/// One run writes a history file at a time: an exclusive lock on <c>&lt;history&gt;.writer.lock</c>,
/// held by <c>check --history</c>, <c>nightly</c> and <c>merge</c> for their whole run and dropped by
/// the kernel when the process ends however it ends. Two runs interleaving their batches would record
/// each other's articles as carried or resolved. Readers (<c>history</c>, <c>review list</c>) take no lock.
/// </summary>
public sealed class HistoryWriterLock : IDisposable
{
    private readonly FileStream _file;
    private readonly string _ownerPath;

    private HistoryWriterLock(FileStream file, string ownerPath)
    {
        _file = file;
        _ownerPath = ownerPath;
    }

    public static string PathFor(string historyPath) => historyPath + ".writer.lock";

    /// <param name="historyPath">The history file, full path.</param>
    /// <param name="holder">What takes it, as the refused one will be told (e.g. "tqa nightly 2024-03-19").</param>
    /// <exception cref="HistoryException">Another process writes the history (the file and, when known, its pid and command).</exception>
    public static HistoryWriterLock Acquire(string historyPath, string holder)
    {
        var path = PathFor(historyPath);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);

        // The holder is named in a file beside the lock: the locked file itself cannot be read by anyone else.
        var ownerPath = path + ".owner";
        FileStream file;
        try
        {
            // FileShare.None is an exclusive flock on Unix: advisory, per open file, gone with the process.
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new HistoryException($"another process is writing the history {historyPath}{Owner(ownerPath)} (lock {path}); wait for it to finish; only one check --history, nightly or merge can write a history file at a time");
        }

        try
        {
            var temp = ownerPath + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
            File.WriteAllText(temp, string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}\n{holder}\n"));
            File.Move(temp, ownerPath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The lock holds without its note; a refused run then cannot name the holder.
        }

        return new HistoryWriterLock(file, ownerPath);
    }

    private static string Owner(string ownerPath)
    {
        try
        {
            var lines = File.ReadAllLines(ownerPath);
            return lines.Length >= 2 && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                ? string.Create(CultureInfo.InvariantCulture, $": {lines[1]} (pid {pid}) holds it")
                : string.Empty;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_ownerPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A stale note is overwritten by the next holder.
        }

        _file.Dispose();
    }
}
