namespace Translation.Quality.Results;

/// <summary>One feed's figures for one night, as <c>tqa history</c> and the reports show them.</summary>
public sealed record TrendRow
{
    public required string Night { get; init; }

    public required string Feed { get; init; }

    public int Articles { get; init; }

    public long Words { get; init; }

    public int Findings { get; init; }

    public int Critical { get; init; }

    public int Major { get; init; }

    public int Minor { get; init; }

    public int Passed { get; init; }

    public int Failed { get; init; }

    public int Suppressed { get; init; }

    /// <summary>Characters sent to the Translator (0 while the verify stage is not in the run).</summary>
    public long TranslatorCharacters { get; init; }

    public IReadOnlyDictionary<string, int> ByClass { get; init; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Share of scored articles that passed MQM, or null when none was scored.</summary>
    public double? PassRate => Passed + Failed == 0 ? null : (double)Passed / (Passed + Failed);

    /// <summary>What the history keeps of one feed's night for the trend table.</summary>
    public static TrendRow Of(FeedRunSummary feed, string night) => new()
    {
        Night = night,
        Feed = feed.Name,
        Articles = feed.Articles,
        Words = feed.Words,
        Findings = feed.Findings,
        Critical = feed.Count("critical"),
        Major = feed.Count("major"),
        Minor = feed.Count("minor"),
        Passed = feed.Passed,
        Failed = feed.Failed,
        Suppressed = feed.Suppressed,
        ByClass = feed.ByClass,
    };
}
