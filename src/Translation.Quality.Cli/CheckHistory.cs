using Translation.Quality.Config;
using Translation.Quality.History;
using Translation.Quality.Scoring;

namespace Translation.Quality.Cli;

/// <summary>The history an ad-hoc <c>tqa check --history FILE</c> uses: incremental checking, diffs and review decisions, no nights.</summary>
public sealed class CheckHistory : IDisposable
{
    private readonly HistoryStore _store;

    public CheckHistory(string path, LoadedConfiguration loaded, TimeProvider time)
    {
        _store = HistoryStore.Open(path);
        var options = loaded.Options;
        Journal = new HistoryJournal(_store, new HistoryJournalOptions
        {
            RunId = "check-" + Guid.NewGuid().ToString("N"),
            Night = time.GetLocalNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            RulesKey = RulesKey.Compute(options, Composition.ToolVersion),
            Scorer = options.Stages.Contains("score") ? new MqmScorer(options.Scoring) : null,
            BatchSize = options.History.BatchSize,
            BatchInterval = TimeSpan.FromSeconds(options.History.BatchSeconds),
            Time = time,
        });
    }

    public HistoryJournal Journal { get; }

    public void Dispose()
    {
        Journal.Dispose();
        _store.Dispose();
    }
}
