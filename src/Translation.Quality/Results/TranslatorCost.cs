namespace Translation.Quality.Results;

/// <summary>What a run cost at the Translator, as the summary reports it.</summary>
/// <param name="CharactersSent">Billable characters sent (translate × targets, dictionary), counted when a request goes out, answered or not.</param>
/// <param name="CharactersFromCache">Billable characters answered from the cache instead.</param>
/// <param name="Requests">Requests that got an answer (a request retried counts once).</param>
/// <param name="MeteredCharacters">The service's own count (<c>X-Metered-Usage</c>) where it sent one.</param>
/// <param name="FailedRequests">Requests that failed for good.</param>
public sealed record TranslatorCost(long CharactersSent, long CharactersFromCache, int Requests, long MeteredCharacters, int FailedRequests)
{
    /// <summary>Characters of attempts that timed out before their answer (retries included): the service may have billed them.</summary>
    public long PossiblyBilledCharacters { get; init; }
}
