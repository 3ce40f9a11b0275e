using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Translation.Quality.Config;

namespace Translation.Quality.Translator;

/// <summary>
/// The Translator's resilience pipeline, outermost first: a concurrency limit, the total timeout,
/// retries (exponential back-off with jitter, honouring Retry-After) on 408, 429, 5xx, timeouts and
/// transport errors, a circuit breaker, and the per-attempt timeout. No hedging: every hedged
/// attempt is billed. 401/403 and other 4xx pass straight through and fail fast.
/// </summary>
public static class TranslatorResilience
{
    /// <param name="randomizer">Jitter source; tests pass a fixed one to get exact delays.</param>
    public static ResiliencePipeline<HttpResponseMessage> Build(TranslatorOptions options, TimeProvider time, ILogger logger, Func<double>? randomizer = null)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = "translator", TimeProvider = time };
        builder.AddConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = options.MaxConcurrentRequests, QueueLimit = 100_000, QueueProcessingOrder = QueueProcessingOrder.OldestFirst });
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout });

        var r = options.Retry;
        if (r.MaxAttempts > 0)
        {
            var retry = new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = r.MaxAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = r.Jitter,
                Delay = r.BaseDelay,
                MaxDelay = r.MaxDelay,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, r.MaxRetryAfter, time)),

                // The service's own word on when to come back beats our guess; null falls back to back-off.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfter(response, time) : null),
                OnRetry = args =>
                {
                    var trace = args.Context.GetRequestMessage()?.Headers.TryGetValues("X-ClientTraceId", out var v) == true ? v.FirstOrDefault() : null;
                    logger.LogWarning("Translator retry {Attempt} of {Max} for trace {ClientTraceId} in {DelayMs} ms after {Outcome}", args.AttemptNumber + 1, r.MaxAttempts, trace, (long)args.RetryDelay.TotalMilliseconds, Describe(args.Outcome));
                    return ValueTask.CompletedTask;
                },
            };
            if (randomizer is not null)
            {
                retry.Randomizer = randomizer;
            }

            builder.AddRetry(retry);
        }

        var b = options.CircuitBreaker;
        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = b.FailureRatio,
            MinimumThroughput = b.MinimumThroughput,
            SamplingDuration = b.SamplingDuration,
            BreakDuration = b.BreakDuration,
            OnOpened = args =>
            {
                logger.LogWarning("Translator circuit opened for {BreakSeconds} s after {Outcome}", args.BreakDuration.TotalSeconds, Describe(args.Outcome));
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                logger.LogInformation("Translator circuit closed");
                return ValueTask.CompletedTask;
            },
        });
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt", Timeout = options.AttemptTimeout });
        return builder.Build();
    }

    /// <summary>Transient, and not a Retry-After longer than we are willing to wait (that fails now, for a later run).</summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider time)
    {
        if (!HttpClientResiliencePredicates.IsTransient(outcome))
        {
            return false;
        }

        return outcome.Result is not { } response || RetryAfter(response, time) is not { } wait || wait <= maxRetryAfter;
    }

    /// <summary>A <c>Retry-After</c> header as a delay (seconds or an HTTP date), or null.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } ex ? ex.GetType().Name + ": " + ex.Message : $"HTTP {(int)(outcome.Result?.StatusCode ?? HttpStatusCode.OK)}";
}
