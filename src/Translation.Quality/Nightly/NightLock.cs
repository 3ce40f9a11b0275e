using Translation.Quality.History;

namespace Translation.Quality.Nightly;

/// <summary>
/// One nightly per night: an exclusive lock on a file beside the history, per night and shard, held
/// for the whole run and dropped by the kernel when the process ends however it ends. A second
/// nightly for the same night is refused instead of "resuming" the first one's run under it.
/// </summary>
public sealed class NightLock : IDisposable
{
    private readonly FileStream _file;

    private NightLock(FileStream file)
    {
        _file = file;
    }

    public static string PathFor(string historyPath, string night, ShardSpec? shard) =>
        $"{historyPath}.{night}{(shard is null ? string.Empty : "." + shard.FolderName)}.lock";

    /// <exception cref="HistoryException">Another tqa holds the night (named, with the lock file).</exception>
    public static NightLock Acquire(string historyPath, string night, ShardSpec? shard)
    {
        var path = PathFor(historyPath, night, shard);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // FileShare.None is an exclusive flock on Unix: advisory, per open file, gone with the process.
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new NightLock(file);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new HistoryException($"another tqa nightly is running the night {night}{(shard is null ? string.Empty : " shard " + shard)} with the history {historyPath} (lock {path}); wait for it to finish, then rerun if it was interrupted");
        }
    }

    public void Dispose() => _file.Dispose();
}
