using Translation.Quality.Config;
using Translation.Quality.Yaml;

namespace Translation.Quality.Tests.Translator;

public sealed class TranslatorOptionsReaderTests
{
    private static (PipelineOptions Options, IReadOnlyList<ConfigError> Errors) Read(string yaml)
    {
        var errors = new ConfigErrors();
        var options = PipelineOptionsReader.Read("pipeline.yaml", yaml, errors);
        return (options, errors.All);
    }

    [Fact]
    public void Without_a_translator_section_the_defaults_hold()
    {
        var (options, errors) = Read("parallelism: 1\n");
        Assert.Empty(errors);
        var t = options.Translator;
        Assert.Equal(VerifyScope.All, t.Scope);
        Assert.Equal("AZURE_TRANSLATOR_KEY", t.KeyVariable);
        Assert.Equal(TimeSpan.FromSeconds(20), t.AttemptTimeout);
        Assert.Equal(".tqa/translator-cache.db", t.Cache.Path);
        Assert.False(t.Required);
    }

    [Fact]
    public void Every_key_is_read()
    {
        var (options, errors) = Read("""
            translator:
              required: true
              keyVariable: MY_KEY
              endpointVariable: MY_ENDPOINT
              regionVariable: MY_REGION
              scope: sample
              sampleRate: 0.25
              charactersPerMinute: 60000
              charactersPerRun: 1000000
              maxCharactersPerRequest: 10000
              maxElementsPerRequest: 100
              maxConcurrentRequests: 2
              attemptTimeoutSeconds: 15
              totalTimeoutSeconds: 60
              retry: { maxAttempts: 3, baseDelaySeconds: 1, maxDelaySeconds: 10, maxRetryAfterSeconds: 20, jitter: false }
              circuitBreaker: { failureRatio: 0.3, minimumThroughput: 10, samplingSeconds: 40, breakSeconds: 10 }
              cache: { enabled: false, path: /var/cache/tqa.db }
              checks: { divergence: false, length: false, language: false, dictionary: false, divergenceRatio: 0.5, minLengthCharacters: 10 }
            """);
        Assert.Empty(errors);
        var t = options.Translator;
        Assert.True(t.Required);
        Assert.Equal(("MY_KEY", "MY_ENDPOINT", "MY_REGION"), (t.KeyVariable, t.EndpointVariable, t.RegionVariable));
        Assert.Equal((VerifyScope.Sample, 0.25), (t.Scope, t.SampleRate));
        Assert.Equal((60000, 1000000L, 10000, 100, 2), (t.CharactersPerMinute, t.CharactersPerRun, t.MaxCharactersPerRequest, t.MaxElementsPerRequest, t.MaxConcurrentRequests));
        Assert.Equal(new TranslatorRetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10), MaxRetryAfter = TimeSpan.FromSeconds(20), Jitter = false }, t.Retry);
        Assert.Equal(TimeSpan.FromSeconds(40), t.CircuitBreaker.SamplingDuration);
        Assert.Equal(new TranslatorCacheOptions { Enabled = false, Path = "/var/cache/tqa.db" }, t.Cache);
        Assert.False(t.Checks.Divergence);
        Assert.Equal(10, t.Checks.MinLengthCharacters);
    }

    [Fact]
    public void A_key_in_yaml_is_an_error_with_its_location()
    {
        var (_, errors) = Read("translator:\n  scope: all\n  key: 0123456789abcdef\n");
        var error = Assert.Single(errors);
        Assert.Equal((3, 8), (error.Line, error.Column));
        Assert.Contains("never lives in YAML", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789abcdef", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("translator:\n  scoop: all\n", 2, "unknown key 'scoop' in 'translator'")]
    [InlineData("translator:\n  scope: some\n", 2, "'scope' must be one of: all, flagged, sample")]
    [InlineData("translator:\n  sampleRate: lots\n", 2, "'sampleRate' must be a number")]
    [InlineData("translator:\n  retry:\n    maxAttempts: 99\n", 3, "'maxAttempts' must be between 0 and 10")]
    [InlineData("translator:\n  retry: { delay: 1 }\n", 2, "unknown key 'delay' in 'translator.retry'")]
    [InlineData("translator:\n  keyVariable: \"MY KEY\"\n", 2, "must name an environment variable")]
    [InlineData("translator:\n  attemptTimeoutSeconds: 30\n  totalTimeoutSeconds: 10\n", 2, "must not exceed 'totalTimeoutSeconds'")]
    [InlineData("translator:\n  circuitBreaker: { samplingSeconds: 10 }\n", 2, "at least twice 'attemptTimeoutSeconds'")]
    [InlineData("translator:\n  totalTimeoutSeconds: 20\n  attemptTimeoutSeconds: 5\n  circuitBreaker: { samplingSeconds: 20 }\n", 2, "the retry back-off adds up to 30 s")]
    [InlineData("translator: yes\n", 1, "'translator' must be a mapping")]
    public void Mistakes_are_reported_with_file_and_line(string yaml, int line, string message)
    {
        var (_, errors) = Read(yaml);
        Assert.Contains(errors, e => e.File == "pipeline.yaml" && e.Line == line && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_pipeline_yaml_documents_the_defaults_it_leaves_commented_out()
    {
        var (options, errors) = Read(EmbeddedConfig.PipelineYaml);
        Assert.Empty(errors);
        Assert.Equal(new TranslatorOptions(), options.Translator);
        Assert.Contains("# translator:", EmbeddedConfig.PipelineYaml, StringComparison.Ordinal);
    }
}
