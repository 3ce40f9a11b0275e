using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Translation.Quality.Config;

namespace Translation.Quality.Translator;

/// <summary>Builds the typed client: <see cref="TranslatorRestClient"/> over an HttpClient whose handler is the resilience pipeline.</summary>
public static class TranslatorHttp
{
    /// <param name="primaryHandler">The transport; tests may pass their own. Owned by the client.</param>
    /// <param name="randomizer">Jitter source for the retry back-off (tests).</param>
    public static TranslatorRestClient CreateClient(TranslatorOptions options, TranslatorConnection connection, ILoggerFactory? loggers = null, TimeProvider? time = null, HttpMessageHandler? primaryHandler = null, Func<double>? randomizer = null)
    {
        loggers ??= NullLoggerFactory.Instance;
        time ??= TimeProvider.System;
        var pipeline = TranslatorResilience.Build(options, time, loggers.CreateLogger("Translation.Quality.Translator.Resilience"), randomizer);
        var handler = new ResilienceHandler(pipeline)
        {
            // Under the retry, so a wrong answer is retried like a 502 and every abandoned attempt is counted.
            InnerHandler = new AnswerCheckHandler
            {
                InnerHandler = primaryHandler ?? new SocketsHttpHandler
                {
                    // Connections are recycled so a DNS change (failover) is picked up in a long nightly run.
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    AutomaticDecompression = System.Net.DecompressionMethods.All,

                    // A redirect would carry the subscription key to whatever host the Location names.
                    AllowAutoRedirect = false,
                },
            },
        };

        // The pipeline's total timeout governs; HttpClient's own 100 s would cut it short or overlap it.
        var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        return new TranslatorRestClient(http, connection, loggers.CreateLogger<TranslatorRestClient>(), time);
    }
}
