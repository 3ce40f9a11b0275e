namespace Translation.Quality.Translator;

/// <summary>A service answer with what the headers said about it.</summary>
/// <param name="RequestId">The service's <c>X-RequestId</c>, for a support ticket.</param>
/// <param name="ClientTraceId">Our <c>X-ClientTraceId</c> for the request.</param>
/// <param name="MeteredCharacters">The service's <c>X-Metered-Usage</c>, when it sent one.</param>
public sealed record TranslatorResponse<T>(T Value, string? RequestId, Guid ClientTraceId, long? MeteredCharacters)
{
    /// <summary>Earlier attempts of this request that timed out before their answer: possibly billed too.</summary>
    public int AbandonedAttempts { get; init; }
}
