namespace Translation.Quality.Config;

/// <summary>Retries on 408, 429, 5xx, timeouts and transport errors: exponential back-off with jitter.</summary>
public sealed record TranslatorRetryOptions
{
    public int MaxAttempts { get; init; } = 4;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A longer Retry-After than this is not waited for: the request fails and the article stays unverified.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    public bool Jitter { get; init; } = true;
}
