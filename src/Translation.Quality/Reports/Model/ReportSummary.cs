using System.Text.Json.Serialization;

namespace Translation.Quality.Reports.Model;

/// <summary>A run's totals, as report.json's summary and the HTML page's summary both begin.</summary>
public abstract record ReportTotals
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

    /// <summary>Processor seconds per stage, summed over workers, to 4 decimals.</summary>
    public IReadOnlyDictionary<string, double> StageSeconds { get; init; } = new Dictionary<string, double>();

    public double ElapsedSeconds { get; init; }

    public bool Interrupted { get; init; }

    public IReadOnlyList<string> ThresholdBreaches { get; init; } = [];
}

/// <summary>report.json's summary: the totals, then what the Translator and history add when they are in the run.</summary>
public sealed record ReportSummary : ReportTotals
{
    [JsonPropertyOrder(1)]
    public bool ThresholdBroken { get; init; }

    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReportTranslator? Translator { get; init; }

    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Suppressed { get; init; }

    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReportChanges? Changes { get; init; }

    /// <summary>The night a nightly run covers (yyyy-MM-dd).</summary>
    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Night { get; init; }

    /// <summary>"K/N" for one shard of a night.</summary>
    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Shard { get; init; }

    /// <summary>Per feed, in configuration order (nightly runs only).</summary>
    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReportFeed>? Feeds { get; init; }

    /// <summary>What went wrong with the run rather than an article (a report sink that failed); present only then.</summary>
    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReportDiagnostic>? Diagnostics { get; init; }
}

public sealed record ReportTranslator(long CharactersSent, long CharactersFromCache, int Requests, long MeteredCharacters, int FailedRequests, long PossiblyBilledCharacters, int Verified, int Unverified);

public sealed record ReportChanges(int New, int Carried, int Resolved);

public sealed record ReportFeed
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

    public IReadOnlyDictionary<string, int> BySeverity { get; init; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, int> ByClass { get; init; } = new Dictionary<string, int>();

    public required ReportThresholds Thresholds { get; init; }

    public bool ThresholdBroken { get; init; }

    public IReadOnlyList<string> ThresholdBreaches { get; init; } = [];
}

public sealed record ReportThresholds(double MaxFailingShare, int MaxCritical);

/// <summary>The HTML page's summary data island: who made it and when, the totals, and the facts it shows.</summary>
public sealed record PageSummary : ReportTotals
{
    [JsonPropertyOrder(-1)]
    public required string Tool { get; init; }

    [JsonPropertyOrder(-1)]
    public required DateTimeOffset GeneratedAt { get; init; }

    [JsonPropertyOrder(-1)]
    public required DateTimeOffset StartedAt { get; init; }

    [JsonPropertyOrder(1)]
    public IReadOnlyList<PageFact> Facts { get; init; } = [];
}

public sealed record PageFact(string Label, string Value);
