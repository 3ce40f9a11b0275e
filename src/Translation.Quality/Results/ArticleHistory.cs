
namespace Translation.Quality.Results;

/// <summary>What history adds to one article's result; present only when a run keeps history.</summary>
public sealed record ArticleHistory
{
    /// <summary>One per finding, in the order of <see cref="ArticleResult.Findings"/>.</summary>
    public IReadOnlyList<FindingChange> Changes { get; init; } = [];

    /// <summary>Fingerprints the previous version had and this one no longer has.</summary>
    public IReadOnlyList<string> Resolved { get; init; } = [];

    /// <summary>Findings left out because a reviewer dismissed their fingerprint.</summary>
    public int Suppressed { get; init; }

    /// <summary>The article's position in its feed, in nightly runs: shard reports merge back in this order.</summary>
    public long? Position { get; init; }

    /// <summary>The content hash the result was made for (the journal stores it with the findings).</summary>
    internal string? ContentHash { get; init; }

    /// <summary>Already in the history under this run (a resumed night reproduces it): nothing to write.</summary>
    internal bool Recorded { get; init; }

    /// <summary>
    /// The check as it was before dismissed findings were taken out: what the history stores, so a
    /// finding dismissed today is still diffed against tomorrow. Null before the suppress stage ran.
    /// </summary>
    internal UnsuppressedCheck? Unsuppressed { get; init; }
}
