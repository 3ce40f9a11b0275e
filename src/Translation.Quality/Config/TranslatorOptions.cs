namespace Translation.Quality.Config;

/// <summary>
/// The <c>translator:</c> section of pipeline.yaml: where the Translator is, how hard to lean on it,
/// and what the verify stage checks. The key itself never lives here, only the name of the
/// environment variable that holds it.
/// </summary>
public sealed record TranslatorOptions
{
    public const string DefaultEndpoint = "https://api.cognitive.microsofttranslator.com";

    /// <summary>An article that could not be verified is an error (exit 3) rather than a warning.</summary>
    public bool Required { get; init; }

    public string EndpointVariable { get; init; } = "AZURE_TRANSLATOR_ENDPOINT";

    public string RegionVariable { get; init; } = "AZURE_TRANSLATOR_REGION";

    public string KeyVariable { get; init; } = "AZURE_TRANSLATOR_KEY";

    /// <summary>
    /// Which articles the verify stage sends to the Translator. All by default: the Translator is the
    /// one check that does not depend on the packs' wordings, so it must not look only where they looked.
    /// Flagged and sample are cost controls.
    /// </summary>
    public VerifyScope Scope { get; init; } = VerifyScope.All;

    /// <summary>Share of articles verified when <see cref="Scope"/> is sample (stable per article id).</summary>
    public double SampleRate { get; init; } = 0.1;

    /// <summary>Characters per minute the run may send (token bucket); F0 allows about 33,300.</summary>
    public int CharactersPerMinute { get; init; } = 33_000;

    /// <summary>Characters one run may send in total; 0 = no limit. When spent, the rest is left unverified.</summary>
    public long CharactersPerRun { get; init; }

    /// <summary>What a million billable characters cost, for the estimate a run prints first (S1 list price in USD).</summary>
    public double PricePerMillionCharacters { get; init; } = 10;

    /// <summary>Translate limits: characters (× targets) and elements per request.</summary>
    public int MaxCharactersPerRequest { get; init; } = 50_000;

    public int MaxElementsPerRequest { get; init; } = 1_000;

    /// <summary>Requests in flight at once.</summary>
    public int MaxConcurrentRequests { get; init; } = 4;

    /// <summary>One attempt; the service can take 15 s.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>One logical request, every retry and back-off included.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(90);

    public TranslatorRetryOptions Retry { get; init; } = new();

    public TranslatorCircuitBreakerOptions CircuitBreaker { get; init; } = new();

    public TranslatorCacheOptions Cache { get; init; } = new();

    public VerifyCheckOptions Checks { get; init; } = new();
}
