using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Translation.Quality.Config;

namespace Translation.Quality.Translator;

/// <summary>
/// Everything a run needs to talk to the Translator, built from the options and the environment,
/// and disposed together: the connection, the resilient client, the rate limiter, the cache and
/// the service the verify stage uses.
/// </summary>
public sealed class TranslatorRuntime : IDisposable
{
    private readonly CharacterRateLimiter _limiter;

    private TranslatorRuntime(TranslatorConnection connection, TranslatorRestClient client, CharacterRateLimiter limiter, TranslationCache? cache, TranslatorService service, IReadOnlyList<string> warnings)
    {
        Connection = connection;
        Client = client;
        _limiter = limiter;
        Cache = cache;
        Service = service;
        Warnings = warnings;
    }

    public TranslatorConnection Connection { get; }

    public TranslatorRestClient Client { get; }

    public TranslationCache? Cache { get; }

    public TranslatorService Service { get; }

    /// <summary>Things the operator should hear about at start-up (no key, no cache).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <exception cref="ArgumentException">The endpoint variable does not hold a URL.</exception>
    public static TranslatorRuntime Create(TranslatorOptions options, Func<string, string?>? getVariable = null, ILoggerFactory? loggers = null, TimeProvider? time = null, HttpMessageHandler? primaryHandler = null, bool useCache = true)
    {
        loggers ??= NullLoggerFactory.Instance;
        var warnings = new List<string>();
        var connection = TranslatorConnection.FromEnvironment(options, getVariable);
        if (!connection.HasKey)
        {
            warnings.Add($"{options.KeyVariable} is not set: no article can be verified by the Translator");
        }

        TranslationCache? cache = null;
        if (useCache && options.Cache.Enabled)
        {
            try
            {
                cache = TranslationCache.Open(options.Cache.Path);
            }
            catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
            {
                // A broken cache costs money, not correctness: run without it and say so.
                warnings.Add($"the Translator cache '{options.Cache.Path}' cannot be used ({ex.Message}); every request is paid for this run");
            }
        }

        var client = TranslatorHttp.CreateClient(options, connection, loggers, time, primaryHandler);
        var limiter = new CharacterRateLimiter(options.CharactersPerMinute, time);
        var service = new TranslatorService(client, options, cache, limiter, loggers.CreateLogger<TranslatorService>());
        return new TranslatorRuntime(connection, client, limiter, cache, service, warnings);
    }

    public void Dispose()
    {
        _limiter.Dispose();
        Cache?.Dispose();
        Client.Dispose();
    }
}
