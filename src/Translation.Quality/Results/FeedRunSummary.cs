namespace Translation.Quality.Results;

/// <summary>One feed's totals in a nightly run, and whether it met its thresholds.</summary>
public sealed record FeedRunSummary
{
    public required string Name { get; init; }

    public int Articles { get; init; }

    public int Checked { get; init; }

    public int Unchanged { get; init; }

    public int Errors { get; init; }

    public int Passed { get; init; }

    public int Failed { get; init; }

    public long Words { get; init; }

    public int Findings { get; init; }

    public int Suppressed { get; init; }

    public IReadOnlyDictionary<string, int> BySeverity { get; init; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> ByClass { get; init; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    public double MaxFailingShare { get; init; }

    public int MaxCritical { get; init; }

    /// <summary>Why the feed breaks its thresholds; empty when it does not.</summary>
    public IReadOnlyList<string> Breaches { get; init; } = [];

    public int Count(string severity) => BySeverity.TryGetValue(severity, out var n) ? n : 0;

    /// <summary>A feed's totals from its tally, judged by its own thresholds.</summary>
    public static FeedRunSummary From(string name, ResultTally tally, double maxFailingShare, int maxCritical) => new()
    {
        Name = name,
        Articles = tally.Articles,
        Checked = tally.Checked,
        Unchanged = tally.Unchanged,
        Errors = tally.Errors,
        Passed = tally.Passed,
        Failed = tally.Failed,
        Words = tally.Words,
        Findings = tally.Findings,
        Suppressed = tally.Suppressed,
        BySeverity = tally.BySeverity,
        ByClass = tally.ByClass,
        MaxFailingShare = maxFailingShare,
        MaxCritical = maxCritical,
        Breaches = ThresholdEvaluator.Breaches(name, tally.Passed, tally.Failed, tally.Critical, maxFailingShare, maxCritical),
    };
}
