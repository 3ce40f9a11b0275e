using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Translation.Quality.Translator;

/// <summary>
/// Translator REST v3.0 over a typed <see cref="HttpClient"/>. Retries, timeouts and the circuit
/// breaker live in the client's handler (<see cref="TranslatorHttp"/>); this class builds requests,
/// maps answers to the SDK-shaped records and failures to <see cref="TranslatorRequestException"/>.
/// Every request carries a fresh <c>X-ClientTraceId</c>, which is logged; the key never is.
/// </summary>
public sealed class TranslatorRestClient : ITextTranslationClient, IDisposable
{
    public const string ApiVersion = "3.0";

    private static readonly MediaTypeHeaderValue JsonUtf8 = MediaTypeHeaderValue.Parse("application/json; charset=UTF-8");

    private readonly HttpClient _http;
    private readonly TranslatorConnection _connection;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public TranslatorRestClient(HttpClient http, TranslatorConnection connection, ILogger<TranslatorRestClient>? logger = null, TimeProvider? time = null)
    {
        _http = http;
        _connection = connection;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _time = time ?? TimeProvider.System;
    }

    public TranslatorConnection Connection => _connection;

    public Task<TranslatorResponse<IReadOnlyList<TranslatedTextItem>>> TranslateAsync(IEnumerable<string> targetLanguages, IEnumerable<string> content, string? sourceLanguage = null, Guid? clientTraceId = null, CancellationToken cancellationToken = default)
    {
        var targets = targetLanguages.ToList();
        if (targets.Count == 0)
        {
            throw new ArgumentException("at least one target language is needed", nameof(targetLanguages));
        }

        var query = new StringBuilder();
        foreach (var to in targets)
        {
            query.Append("&to=").Append(Uri.EscapeDataString(to));
        }

        if (!string.IsNullOrEmpty(sourceLanguage))
        {
            query.Append("&from=").Append(Uri.EscapeDataString(sourceLanguage));
        }

        var texts = content.ToList();
        return SendAsync("translate", query.ToString(), texts, TranslatorJson.Translated, texts.Sum(t => (long)t.Length) * targets.Count, clientTraceId, cancellationToken, items => TranslatorAnswers.TranslationProblem(texts, targets, items));
    }

    public Task<TranslatorResponse<IReadOnlyList<BreakSentenceItem>>> FindSentenceBoundariesAsync(IEnumerable<string> content, string? language = null, string? script = null, Guid? clientTraceId = null, CancellationToken cancellationToken = default)
    {
        var query = new StringBuilder();
        if (!string.IsNullOrEmpty(language))
        {
            query.Append("&language=").Append(Uri.EscapeDataString(language));
        }

        if (!string.IsNullOrEmpty(script))
        {
            query.Append("&script=").Append(Uri.EscapeDataString(script));
        }

        return SendAsync("breaksentence", query.ToString(), content.ToList(), TranslatorJson.Break, 0, clientTraceId, cancellationToken);
    }

    public Task<TranslatorResponse<IReadOnlyList<DictionaryLookupItem>>> LookupDictionaryEntriesAsync(string sourceLanguage, string targetLanguage, IEnumerable<string> words, Guid? clientTraceId = null, CancellationToken cancellationToken = default)
    {
        var query = $"&from={Uri.EscapeDataString(sourceLanguage)}&to={Uri.EscapeDataString(targetLanguage)}";
        var texts = words.ToList();
        return SendAsync("dictionary/lookup", query, texts, TranslatorJson.Lookup, texts.Sum(t => (long)t.Length), clientTraceId, cancellationToken);
    }

    public Task<TranslatorResponse<IReadOnlyList<LanguageDetectionItem>>> DetectLanguageAsync(IEnumerable<string> content, Guid? clientTraceId = null, CancellationToken cancellationToken = default) =>
        SendAsync("detect", string.Empty, content.ToList(), TranslatorJson.Detection, 0, clientTraceId, cancellationToken);

    private async Task<TranslatorResponse<IReadOnlyList<T>>> SendAsync<T>(string operation, string query, List<string> texts, Func<JsonElement, T> read, long billed, Guid? clientTraceId, CancellationToken cancellationToken, Func<IReadOnlyList<T>, string?>? meaning = null)
    {
        // No key: say so without sending anything (an anonymous request would only earn a 401).
        var key = _connection.Key ?? throw new TranslatorRequestException(TranslatorFailure.NotConfigured, $"no Translator key: the environment variable {_connection.KeyVariable} is not set");
        var trace = clientTraceId ?? Guid.NewGuid();
        using var request = new HttpRequestMessage(HttpMethod.Post, _connection.OperationUri(operation, "api-version=" + ApiVersion + query));
        request.Headers.TryAddWithoutValidation("Ocp-Apim-Subscription-Key", key);
        if (_connection.Region is { } region && !region.Equals("global", StringComparison.OrdinalIgnoreCase))
        {
            request.Headers.TryAddWithoutValidation("Ocp-Apim-Subscription-Region", region);
        }

        request.Headers.TryAddWithoutValidation("X-ClientTraceId", trace.ToString());
        request.Content = new ByteArrayContent(Body(texts));
        request.Content.Headers.ContentType = JsonUtf8;

        // Every attempt's answer is checked under the retry (AnswerCheckHandler): a wrong one is retried like a 502.
        request.Options.Set(AnswerCheckHandler.Check, body => Problem(body, texts.Count, read, meaning));
        var abandoned = new StrongBox<int>();
        request.Options.Set(AnswerCheckHandler.Abandoned, abandoned);

        var started = _time.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (Transport(ex) is { } message)
        {
            _logger.LogWarning("Translator {Operation} trace {ClientTraceId}: {Reason} after {Milliseconds} ms", operation, trace, message, Elapsed(started));
            throw new TranslatorRequestException(TranslatorFailure.Unavailable, $"Translator {operation}: {message}", clientTraceId: trace, innerException: ex) { AbandonedAttempts = abandoned.Value };
        }

        using (response)
        {
            var requestId = Header(response, "X-RequestId");
            string body;
            try
            {
                body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException)
            {
                throw new TranslatorRequestException(TranslatorFailure.Unavailable, $"Translator {operation}: the answer was cut off ({ex.Message})", (int)response.StatusCode, requestId: requestId, clientTraceId: trace, innerException: ex) { AbandonedAttempts = abandoned.Value + 1 };
            }

            if (response.Headers.Contains(AnswerCheckHandler.RejectedHeader))
            {
                _logger.LogWarning("Translator {Operation} trace {ClientTraceId}: wrong answer on the last attempt ({Reason}), request id {RequestId}", operation, trace, body, requestId);
                throw new TranslatorRequestException(TranslatorFailure.MalformedResponse, $"Translator {operation}: on every attempt the answer was not the JSON the v3.0 contract promises or not an answer to what was asked ({body})", 200, requestId: requestId, clientTraceId: trace) { AbandonedAttempts = abandoned.Value };
            }

            if (!response.IsSuccessStatusCode)
            {
                var failure = Failure(operation, response, body, requestId, trace);
                failure.AbandonedAttempts = abandoned.Value;
                _logger.LogWarning("Translator {Operation} trace {ClientTraceId}: HTTP {Status} ({Code}) in {Milliseconds} ms, request id {RequestId}", operation, trace, (int)response.StatusCode, failure.ErrorCode, Elapsed(started), requestId);
                throw failure;
            }

            IReadOnlyList<T> value;
            try
            {
                using var doc = JsonDocument.Parse(body);
                value = TranslatorJson.Array(doc.RootElement, texts.Count, read);
                if (meaning?.Invoke(value) is { } problem)
                {
                    throw new JsonException(problem);
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
            {
                _logger.LogWarning("Translator {Operation} trace {ClientTraceId}: malformed answer ({Reason}), request id {RequestId}", operation, trace, ex.Message, requestId);
                throw new TranslatorRequestException(TranslatorFailure.MalformedResponse, $"Translator {operation}: the answer is not the JSON the v3.0 contract promises ({ex.Message})", (int)response.StatusCode, requestId: requestId, clientTraceId: trace, innerException: ex);
            }

            long? metered = long.TryParse(Header(response, "X-Metered-Usage"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) ? m : null;
            _logger.LogInformation("Translator {Operation} trace {ClientTraceId}: {Elements} elements, {Characters} billable characters, metered {Metered}, in {Milliseconds} ms, request id {RequestId}", operation, trace, texts.Count, billed, metered, Elapsed(started), requestId);
            return new TranslatorResponse<IReadOnlyList<T>>(value, requestId, trace, metered) { AbandonedAttempts = abandoned.Value };
        }
    }

    private TranslatorRequestException Failure(string operation, HttpResponseMessage response, string body, string? requestId, Guid trace)
    {
        var status = (int)response.StatusCode;
        var (code, serviceMessage) = TranslatorJson.Error(body);
        var detail = $"HTTP {status}{(code != 0 ? $" ({code})" : string.Empty)}{(serviceMessage is null ? string.Empty : ": " + serviceMessage)}";
        var retryAfter = TranslatorResilience.RetryAfter(response, _time);
        return status switch
        {
            // Never followed: the key would go with the request to wherever the Location points.
            >= 300 and < 400 => new(TranslatorFailure.Redirected, $"Translator {operation}: the endpoint answered a redirect ({detail}{(response.Headers.Location is { } to ? $" to {to.GetLeftPart(UriPartial.Path)}" : string.Empty)}); redirects are not followed with the key: set {_connection.EndpointVariable} to the service's own address", status, code, requestId, trace),
            403 when code == 403001 => new(TranslatorFailure.QuotaExceeded, $"Translator {operation}: the free-tier character quota is spent ({detail})", status, code, requestId, trace),
            401 or 403 => new(TranslatorFailure.Authentication, $"Translator {operation}: the service refused the credentials ({detail}); check {_connection.KeyVariable} and {_connection.RegionVariable} (region {_connection.Region ?? "global"}, key {_connection.MaskedKey})", status, code, requestId, trace),
            429 => new(TranslatorFailure.Throttled, $"Translator {operation}: still throttled after the retries ({detail}{(retryAfter is { } r ? $", Retry-After {r.TotalSeconds:0.#} s" : string.Empty)})", status, code, requestId, trace, retryAfter),
            408 or >= 500 => new(TranslatorFailure.Unavailable, $"Translator {operation}: the service is unavailable ({detail})", status, code, requestId, trace, retryAfter),
            _ => new(TranslatorFailure.BadRequest, $"Translator {operation}: the request was refused ({detail})", status, code, requestId, trace),
        };
    }

    /// <summary>Why a 2xx body is not a usable answer to <paramref name="expected"/> elements, or null when it is.</summary>
    private static string? Problem<T>(string body, int expected, Func<JsonElement, T> read, Func<IReadOnlyList<T>, string?>? meaning)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var value = TranslatorJson.Array(doc.RootElement, expected, read);
            return meaning?.Invoke(value);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return ex.Message;
        }
    }

    /// <summary>What went wrong before any answer arrived, or null for an exception that is not ours to translate.</summary>
    private static string? Transport(Exception ex) => ex switch
    {
        BrokenCircuitException b => $"the circuit is open after repeated failures{(b.RetryAfter is { } r ? $"; calls resume in {r.TotalSeconds:0.#} s" : string.Empty)}",
        TimeoutRejectedException t => $"timed out after {t.Timeout.TotalSeconds:0.##} s",
        RateLimiterRejectedException => "too many requests waiting for a free slot",
        HttpRequestException h => $"could not reach the service ({h.HttpRequestError}: {h.Message})",
        TaskCanceledException => "timed out",
        _ => null,
    };

    private static byte[] Body(List<string> texts)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var text in texts)
            {
                json.WriteStartObject();
                json.WriteString("Text", text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    public void Dispose() => _http.Dispose();

    private long Elapsed(long started) => (long)_time.GetElapsedTime(started).TotalMilliseconds;
}
