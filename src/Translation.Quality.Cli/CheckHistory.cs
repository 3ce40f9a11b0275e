using Translation.Quality.Composition;
using Translation.Quality.History;
using Translation.Quality.Nightly;

namespace Translation.Quality.Cli;

/// <summary>The history an ad-hoc <c>tqa check --history FILE</c> uses: incremental checking, diffs and review decisions, no nights.</summary>
public sealed class CheckHistory : IDisposable
{
    private readonly HistoryWriterLock _lock;
    private readonly HistoryStore _store;

    public CheckHistory(string path, QualityPipeline pipeline)
    {
        _lock = HistoryWriterLock.Acquire(Path.GetFullPath(path), "tqa check --history");
        try
        {
            _store = HistoryStore.Open(path);
        }
        catch
        {
            _lock.Dispose();
            throw;
        }

        var night = pipeline.Time.GetLocalNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Journal = pipeline.OpenJournal(_store, "check-" + Guid.NewGuid().ToString("N"), night);
    }

    public HistoryJournal Journal { get; }

    public void Dispose()
    {
        Journal.Dispose();
        _store.Dispose();
        _lock.Dispose();
    }
}
