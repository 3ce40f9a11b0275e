namespace Translation.Quality.Config;

/// <summary>Stops calling a Translator that keeps failing, so a dead service costs seconds, not hours.</summary>
public sealed record TranslatorCircuitBreakerOptions
{
    public double FailureRatio { get; init; } = 0.5;

    public int MinimumThroughput { get; init; } = 8;

    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);
}
