using System.Globalization;
using System.Text.RegularExpressions;
using Translation.Quality.Yaml;

namespace Translation.Quality.Config;

/// <summary>Reads and validates the <c>translator:</c> section of pipeline.yaml.</summary>
public static partial class TranslatorOptionsReader
{
    public static TranslatorOptions Read(YamlMap? map)
    {
        var d = new TranslatorOptions();
        if (map is null)
        {
            return d;
        }

        // The key is a secret: a file that holds it is one commit away from leaking it.
        foreach (var secret in new[] { "key", "subscriptionKey", "apiKey" })
        {
            if (map.Find(secret) is { } node)
            {
                map.Error(node, $"'translator.{secret}': the Translator key never lives in YAML; put it in the environment variable named by 'keyVariable' (default {d.KeyVariable})");
            }
        }

        var options = new TranslatorOptions
        {
            Required = map.Bool("required") ?? d.Required,
            EndpointVariable = Variable(map, "endpointVariable") ?? d.EndpointVariable,
            RegionVariable = Variable(map, "regionVariable") ?? d.RegionVariable,
            KeyVariable = Variable(map, "keyVariable") ?? d.KeyVariable,
            Scope = map.Enum<VerifyScope>("scope") ?? d.Scope,
            SampleRate = map.Double("sampleRate", 0, 1) ?? d.SampleRate,
            CharactersPerMinute = map.Int("charactersPerMinute", 100, 100_000_000) ?? d.CharactersPerMinute,
            CharactersPerRun = map.Int("charactersPerRun", 0) ?? d.CharactersPerRun,
            PricePerMillionCharacters = map.Double("pricePerMillionCharacters", 0, 1_000_000) ?? d.PricePerMillionCharacters,
            MaxCharactersPerRequest = map.Int("maxCharactersPerRequest", 100, 50_000) ?? d.MaxCharactersPerRequest,
            MaxElementsPerRequest = map.Int("maxElementsPerRequest", 1, 1_000) ?? d.MaxElementsPerRequest,
            MaxConcurrentRequests = map.Int("maxConcurrentRequests", 1, 64) ?? d.MaxConcurrentRequests,
            AttemptTimeout = Seconds(map, "attemptTimeoutSeconds", 0.01, 600) ?? d.AttemptTimeout,
            TotalTimeout = Seconds(map, "totalTimeoutSeconds", 0.01, 3600) ?? d.TotalTimeout,
            Retry = ReadRetry(map.Map("retry")),
            CircuitBreaker = ReadBreaker(map.Map("circuitBreaker")),
            Cache = ReadCache(map.Map("cache")),
            Checks = ReadChecks(map.Map("checks")),
        };
        map.RejectUnknownKeys("'translator'");
        Validate(map, options);
        return options;
    }

    private static void Validate(YamlMap map, TranslatorOptions o)
    {
        if (o.AttemptTimeout > o.TotalTimeout)
        {
            map.Error(map.Find("attemptTimeoutSeconds") ?? map.Node, $"'attemptTimeoutSeconds' ({S(o.AttemptTimeout)}) must not exceed 'totalTimeoutSeconds' ({S(o.TotalTimeout)})");
        }

        if (o.CircuitBreaker.SamplingDuration < 2 * o.AttemptTimeout)
        {
            map.Error(map.Find("circuitBreaker") ?? map.Node, $"'circuitBreaker.samplingSeconds' ({S(o.CircuitBreaker.SamplingDuration)}) must be at least twice 'attemptTimeoutSeconds' ({S(o.AttemptTimeout)})");
        }

        var backoff = TimeSpan.Zero;
        for (var i = 0; i < o.Retry.MaxAttempts; i++)
        {
            var step = o.Retry.BaseDelay * Math.Pow(2, i);
            backoff += step < o.Retry.MaxDelay ? step : o.Retry.MaxDelay;
        }

        if (backoff > o.TotalTimeout)
        {
            map.Error(map.Find("retry") ?? map.Node, $"the retry back-off adds up to {S(backoff)}, more than 'totalTimeoutSeconds' ({S(o.TotalTimeout)}); lower 'retry.maxAttempts' or 'retry.baseDelaySeconds', or raise the total");
        }
    }

    private static TranslatorRetryOptions ReadRetry(YamlMap? map)
    {
        var d = new TranslatorRetryOptions();
        if (map is null)
        {
            return d;
        }

        var options = new TranslatorRetryOptions
        {
            MaxAttempts = map.Int("maxAttempts", 0, 10) ?? d.MaxAttempts,
            BaseDelay = Seconds(map, "baseDelaySeconds", 0.001, 60) ?? d.BaseDelay,
            MaxDelay = Seconds(map, "maxDelaySeconds", 0.001, 600) ?? d.MaxDelay,
            MaxRetryAfter = Seconds(map, "maxRetryAfterSeconds", 0, 3600) ?? d.MaxRetryAfter,
            Jitter = map.Bool("jitter") ?? d.Jitter,
        };
        map.RejectUnknownKeys("'translator.retry'");
        return options;
    }

    private static TranslatorCircuitBreakerOptions ReadBreaker(YamlMap? map)
    {
        var d = new TranslatorCircuitBreakerOptions();
        if (map is null)
        {
            return d;
        }

        var options = new TranslatorCircuitBreakerOptions
        {
            FailureRatio = map.Double("failureRatio", 0.01, 1) ?? d.FailureRatio,
            MinimumThroughput = map.Int("minimumThroughput", 2, 10_000) ?? d.MinimumThroughput,
            SamplingDuration = Seconds(map, "samplingSeconds", 0.5, 86_400) ?? d.SamplingDuration,
            BreakDuration = Seconds(map, "breakSeconds", 0.5, 86_400) ?? d.BreakDuration,
        };
        map.RejectUnknownKeys("'translator.circuitBreaker'");
        return options;
    }

    private static TranslatorCacheOptions ReadCache(YamlMap? map)
    {
        var d = new TranslatorCacheOptions();
        if (map is null)
        {
            return d;
        }

        var path = map.String("path");
        if (path is not null && string.IsNullOrWhiteSpace(path))
        {
            map.Error(map.Find("path")!, "'translator.cache.path' must not be empty; set 'enabled: false' to switch the cache off");
        }

        var options = new TranslatorCacheOptions
        {
            Enabled = map.Bool("enabled") ?? d.Enabled,
            Path = string.IsNullOrWhiteSpace(path) ? d.Path : path,
        };
        map.RejectUnknownKeys("'translator.cache'");
        return options;
    }

    private static VerifyCheckOptions ReadChecks(YamlMap? map)
    {
        var d = new VerifyCheckOptions();
        if (map is null)
        {
            return d;
        }

        var options = new VerifyCheckOptions
        {
            Spans = map.Bool("spans") ?? d.Spans,
            Divergence = map.Bool("divergence") ?? d.Divergence,
            DivergenceRatio = map.Double("divergenceRatio", 0, 1) ?? d.DivergenceRatio,
            DivergenceCeiling = map.Double("divergenceCeiling", 0, 100) ?? d.DivergenceCeiling,
            DivergenceFloor = map.Double("divergenceFloor", 0, 100) ?? d.DivergenceFloor,
            Length = map.Bool("length") ?? d.Length,
            OmissionRatio = map.Double("omissionRatio", 0, 1) ?? d.OmissionRatio,
            AdditionRatio = map.Double("additionRatio", 1, 100) ?? d.AdditionRatio,
            MinLengthCharacters = map.Int("minLengthCharacters", 0, 10_000) ?? d.MinLengthCharacters,
            Language = map.Bool("language") ?? d.Language,
            LanguageConfidence = map.Double("languageConfidence", 0, 1) ?? d.LanguageConfidence,
            DetectionScore = map.Double("detectionScore", 0, 1) ?? d.DetectionScore,
            Dictionary = map.Bool("dictionary") ?? d.Dictionary,
            DictionaryConfidence = map.Double("dictionaryConfidence", 0, 1) ?? d.DictionaryConfidence,
        };
        map.RejectUnknownKeys("'translator.checks'");
        return options;
    }

    private static string? Variable(YamlMap map, string key)
    {
        var value = map.String(key);
        if (value is not null && !VariableName().IsMatch(value))
        {
            map.Error(map.Find(key)!, $"'{key}' must name an environment variable (letters, digits, '_'), not '{value}'");
            return null;
        }

        return value;
    }

    private static TimeSpan? Seconds(YamlMap map, string key, double min, double max) =>
        map.Double(key, min, max) is { } s ? TimeSpan.FromSeconds(s) : null;

    private static string S(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();
}
