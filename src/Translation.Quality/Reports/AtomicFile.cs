namespace Translation.Quality.Reports;

/// <summary>Writes a file through a temporary sibling and a rename, so a reader never sees half a report.</summary>
public sealed class AtomicFile : IAsyncDisposable
{
    private bool _committed;

    public AtomicFile(string path)
    {
        Path = path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        TempPath = ReportTemporaries.For(path);
        Stream = new FileStream(TempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
    }

    public string Path { get; }

    public string TempPath { get; }

    public FileStream Stream { get; }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await Stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        Stream.Flush(flushToDisk: true);
        await Stream.DisposeAsync().ConfigureAwait(false);
        File.Move(TempPath, Path, overwrite: true);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync().ConfigureAwait(false);
        if (!_committed && File.Exists(TempPath))
        {
            File.Delete(TempPath);
        }
    }
}
