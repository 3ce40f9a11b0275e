namespace Translation.Quality.Results;

/// <summary>What history adds to a run's summary; present only when the run keeps history.</summary>
public sealed record HistorySummary
{
    /// <summary>The night a nightly run covers (yyyy-MM-dd); null for <c>tqa check --history</c>.</summary>
    public string? Night { get; init; }

    /// <summary>"K/N" for one shard of a night; null for a whole night.</summary>
    public string? Shard { get; init; }

    /// <summary>Findings left out because a reviewer dismissed them.</summary>
    public int Suppressed { get; init; }

    public int New { get; init; }

    public int Carried { get; init; }

    public int Resolved { get; init; }

    /// <summary>Per feed, in configuration order (nightly runs only).</summary>
    public IReadOnlyList<FeedRunSummary> Feeds { get; init; } = [];

    /// <summary>Recent nights, oldest first, for the reports' trend table.</summary>
    public IReadOnlyList<TrendRow> Trend { get; init; } = [];
}
