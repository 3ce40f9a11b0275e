namespace Translation.Quality.Translator;

/// <summary>Why a Translator request failed, in the terms the verify stage acts on.</summary>
public enum TranslatorFailure
{
    /// <summary>No key configured: nothing was sent.</summary>
    NotConfigured,

    /// <summary>401/403: the key or region is wrong. Never retried.</summary>
    Authentication,

    /// <summary>403001 or a per-run budget: no more characters to spend.</summary>
    QuotaExceeded,

    /// <summary>429 that outlived the retries.</summary>
    Throttled,

    /// <summary>5xx, timeouts, transport errors or an open circuit, after the retries.</summary>
    Unavailable,

    /// <summary>Other 4xx: a request the service will never accept.</summary>
    BadRequest,

    /// <summary>A 3xx: the endpoint points somewhere else. Not followed (the key would go along); never retried.</summary>
    Redirected,

    /// <summary>A 2xx answer that is not the JSON the contract promises, or not an answer to what was asked (after the retries).</summary>
    MalformedResponse,
}
