namespace Translation.Quality.Translator;

/// <summary>A Translator request that failed for good (after any retries). The message never holds the key.</summary>
public sealed class TranslatorRequestException : Exception
{
    public TranslatorRequestException(TranslatorFailure failure, string message, int httpStatus = 0, int errorCode = 0, string? requestId = null, Guid? clientTraceId = null, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        HttpStatus = httpStatus;
        ErrorCode = errorCode;
        RequestId = requestId;
        ClientTraceId = clientTraceId;
        RetryAfter = retryAfter;
    }

    public TranslatorFailure Failure { get; }

    /// <summary>0 when no HTTP answer arrived.</summary>
    public int HttpStatus { get; }

    /// <summary>The service's six-digit code (e.g. 401000), 0 when none.</summary>
    public int ErrorCode { get; }

    public string? RequestId { get; }

    public Guid? ClientTraceId { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>Attempts sent whose answer was never read (timed out): the service may have billed them.</summary>
    public int AbandonedAttempts { get; internal set; }

    /// <summary>Retrying this run is pointless: later articles should not try again.</summary>
    public bool IsPermanent => Failure is TranslatorFailure.NotConfigured or TranslatorFailure.Authentication or TranslatorFailure.QuotaExceeded or TranslatorFailure.Redirected;
}
