using Translation.Quality.Documents;

namespace Translation.Quality.Results;

/// <summary>Totals for a run, as every report shows them.</summary>
public sealed record RunSummary
{
    public int Articles { get; init; }

    public int Checked { get; init; }

    public int Unchanged { get; init; }

    public int Errors { get; init; }

    public int Passed { get; init; }

    public int Failed { get; init; }

    public long Words { get; init; }

    public long Characters { get; init; }

    public int Findings { get; init; }

    public IReadOnlyDictionary<string, int> ByClass { get; init; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, int> BySeverity { get; init; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, int> ByRule { get; init; } = new Dictionary<string, int>();

    /// <summary>Processor time spent in each stage, summed over workers.</summary>
    public IReadOnlyDictionary<string, TimeSpan> StageTimes { get; init; } = new Dictionary<string, TimeSpan>();

    public TimeSpan Elapsed { get; init; }

    /// <summary>The run was stopped (Ctrl+C) before every article was read.</summary>
    public bool Interrupted { get; init; }

    /// <summary>Why the run breaks its quality threshold; empty when it does not.</summary>
    public IReadOnlyList<string> ThresholdBreaches { get; init; } = [];

    public DateTimeOffset StartedAt { get; init; }

    /// <summary>What the run cost at the Translator; null when the verify stage is not in the run.</summary>
    public TranslatorCost? Translator { get; init; }

    /// <summary>Articles the verify stage verified, and those it could not (both 0 without it).</summary>
    public int Verified { get; init; }

    public int Unverified { get; init; }

    /// <summary>What went wrong with the run rather than an article: a report sink that failed (TQ501).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Suppressions, changes, feeds and trends; null when the run keeps no history.</summary>
    public HistorySummary? History { get; init; }
}
