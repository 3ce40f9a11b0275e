using Translation.Quality.Config;

namespace Translation.Quality.History;

/// <summary>How a run uses the history: which run it is, what counts as unchanged, how it batches.</summary>
public sealed record HistoryJournalOptions
{
    /// <summary>Rows this run writes carry it; a resumed night passes the interrupted run's id.</summary>
    public required string RunId { get; init; }

    /// <summary>The night (yyyy-MM-dd) the run covers; the day of an ad-hoc check.</summary>
    public required string Night { get; init; }

    /// <summary>Hash of rule packs, pipeline and tool (<see cref="History.RulesKey"/>): part of the unchanged key.</summary>
    public required string RulesKey { get; init; }

    /// <summary>Nightly runs: the feeds in order (per-feed totals, thresholds, trends); empty for ad-hoc checks.</summary>
    public IReadOnlyList<FeedOptions> Feeds { get; init; } = [];

    /// <summary>"K/N" when the run is one shard of the night.</summary>
    public string? Shard { get; init; }

    /// <summary>Where an ingest failure came from (feed, position), by its sequence in the run.</summary>
    public Func<long, (string Feed, long Position)?>? Origins { get; init; }

    public int BatchSize { get; init; } = 200;

    public TimeSpan BatchInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Nights the reports' trend table shows.</summary>
    public int TrendNights { get; init; } = 14;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public bool IsNightly => Feeds.Count > 0;
}
