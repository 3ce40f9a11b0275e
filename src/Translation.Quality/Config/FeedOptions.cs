namespace Translation.Quality.Config;

/// <summary>One feed <c>tqa nightly</c> runs: a folder, JSONL or XLIFF, with its own quality thresholds.</summary>
public sealed record FeedOptions
{
    /// <summary>Unique within the pipeline; keys the feed's history and names it in reports.</summary>
    public required string Name { get; init; }

    /// <summary>A folder, .jsonl or .xlf/.xliff file, relative to pipeline.yaml's folder.</summary>
    public required string Path { get; init; }

    /// <summary>The pair for inputs that do not carry one (plain text outside a folder named like "fr-en").</summary>
    public string? SourceLanguage { get; init; }

    public string? TargetLanguage { get; init; }

    public ThresholdOptions Thresholds { get; init; } = new();

    /// <summary>Where the feed is declared, so a missing path can be reported at its line and column.</summary>
    public int Line { get; init; } = 1;

    public int Column { get; init; } = 1;
}
