using Microsoft.Extensions.Time.Testing;
using Translation.Quality.Config;
using Translation.Quality.Translator;

namespace Translation.Quality.Tests.Translator;

public sealed class TranslatorRestClientTests : IAsyncLifetime
{
    private const string Key = "k3y-0123456789-abcdef-SECRET";
    private const string Region = "westeurope";

    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly CapturingLoggerFactory _logs = new();
    private FakeTranslatorServer _server = null!;

    public Task InitializeAsync()
    {
        _server = new FakeTranslatorServer(Key, Region, _time);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>Timeouts long enough that only the tests about them ever reach them.</summary>
    private static TranslatorOptions Options(int retries = 3, double baseDelay = 1, TranslatorCircuitBreakerOptions? breaker = null, double attemptTimeout = 60) => new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(attemptTimeout),
        TotalTimeout = TimeSpan.FromSeconds(600),
        Retry = new TranslatorRetryOptions { MaxAttempts = retries, BaseDelay = TimeSpan.FromSeconds(baseDelay), MaxDelay = TimeSpan.FromSeconds(30), MaxRetryAfter = TimeSpan.FromSeconds(30), Jitter = false },
        CircuitBreaker = breaker ?? new TranslatorCircuitBreakerOptions { FailureRatio = 1, MinimumThroughput = 1000, SamplingDuration = TimeSpan.FromSeconds(600), BreakDuration = TimeSpan.FromSeconds(5) },
    };

    private TranslatorRestClient Client(TranslatorOptions? options = null, string? key = Key, string? region = Region, string? path = null) =>
        TranslatorHttp.CreateClient(options ?? Options(), new TranslatorConnection(new Uri(_server.Endpoint, path ?? string.Empty), region, key), _logs, _time);

    private Task<T> Pump<T>(Task<T> task, bool duringRequests = false) => FakeTime.PumpAsync(_time, _server, task, duringRequests);

    private async Task<TranslatorRequestException> Fails(Task task, bool duringRequests = false)
    {
        var ex = await Assert.ThrowsAsync<TranslatorRequestException>(() => FakeTime.PumpAsync(_time, _server, task, duringRequests));
        Assert.DoesNotContain(Key, ex.Message, StringComparison.Ordinal);
        return ex;
    }

    private void AssertKeyNotLogged() => Assert.DoesNotContain(_logs.Lines, l => l.Contains(Key, StringComparison.Ordinal));

    [Fact]
    public async Task Translate_sends_the_headers_the_service_requires_and_logs_the_trace_id()
    {
        using var client = Client();
        var response = await Pump(client.TranslateAsync(["en"], ["Bonjour", "Merci"], "fr"));

        Assert.Equal(["[en] Bonjour", "[en] Merci"], response.Value.Select(i => i.Translations.Single().Text));
        Assert.Equal(12, response.MeteredCharacters);
        Assert.NotNull(response.RequestId);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("translate", request.Operation);
        Assert.Contains("api-version=3.0", request.Query, StringComparison.Ordinal);
        Assert.Contains("to=en", request.Query, StringComparison.Ordinal);
        Assert.Contains("from=fr", request.Query, StringComparison.Ordinal);
        Assert.Equal(Key, request.Headers["Ocp-Apim-Subscription-Key"]);
        Assert.Equal(Region, request.Headers["Ocp-Apim-Subscription-Region"]);
        Assert.Equal("application/json; charset=UTF-8", request.Headers["Content-Type"]);
        Assert.Equal(response.ClientTraceId.ToString(), request.Headers["X-ClientTraceId"]);
        Assert.Equal("""[{"Text":"Bonjour"},{"Text":"Merci"}]""", request.Body);
        Assert.Contains(_logs.Lines, l => l.Contains(response.ClientTraceId.ToString(), StringComparison.Ordinal));
        AssertKeyNotLogged();
    }

    [Fact]
    public async Task Detect_and_dictionary_lookup_map_to_the_sdk_shaped_records()
    {
        _server.Detections["Guten Morgen zusammen"] = ("de", 0.97);
        _server.Dictionary[("fr", "en", "exceptionnel")] = [("exceptional", 0.61), ("unusual", 0.2)];
        using var client = Client();

        var detected = await Pump(client.DetectLanguageAsync(["Guten Morgen zusammen"]));
        var lookup = await Pump(client.LookupDictionaryEntriesAsync("fr", "en", ["exceptionnel"]));
        var breaks = await Pump(client.FindSentenceBoundariesAsync(["Une phrase."], "fr"));

        Assert.Equal(("de", 0.97), (detected.Value[0].Language, detected.Value[0].Score));
        Assert.Equal(["exceptional", "unusual"], lookup.Value[0].Translations.Select(t => t.NormalizedTarget));
        Assert.Equal(0.61, lookup.Value[0].Translations[0].Confidence);
        Assert.Equal([11], breaks.Value[0].SentencesLengths);
    }

    [Fact]
    public async Task A_custom_domain_endpoint_is_served_under_the_v3_path()
    {
        var custom = new TranslatorConnection(new Uri("https://my-res.cognitiveservices.azure.com"), "westeurope", "x");
        Assert.True(custom.IsCustomDomain);
        Assert.Equal("https://my-res.cognitiveservices.azure.com/translator/text/v3.0/translate?api-version=3.0&to=en", custom.OperationUri("translate", "api-version=3.0&to=en").ToString());
        var global = new TranslatorConnection(new Uri("https://api.cognitive.microsofttranslator.com/"), null, "x");
        Assert.Equal("https://api.cognitive.microsofttranslator.com/dictionary/lookup?api-version=3.0", global.OperationUri("dictionary/lookup", "api-version=3.0").ToString());
        var already = new TranslatorConnection(new Uri("https://my-res.cognitiveservices.azure.com/translator/text/v3.0/"), null, "x");
        Assert.Equal("/translator/text/v3.0/detect", already.OperationUri("detect", string.Empty).AbsolutePath);

        // The fake serves the custom-domain layout too: an endpoint that names the path works.
        using var client = Client(path: FakeTranslatorServer.CustomPrefix);
        var response = await Pump(client.TranslateAsync(["en"], ["Oui"], "fr"));
        Assert.Equal("[en] Oui", response.Value[0].Translations[0].Text);
    }

    [Fact]
    public async Task A_global_resource_sends_no_region_header()
    {
        await using var server = new FakeTranslatorServer(Key, region: null, _time);
        using var client = TranslatorHttp.CreateClient(Options(), new TranslatorConnection(server.Endpoint, "global", Key), _logs, _time);
        await FakeTime.PumpAsync(_time, server, client.TranslateAsync(["en"], ["Oui"], "fr"));
        Assert.False(server.Requests.Single().Headers.ContainsKey("Ocp-Apim-Subscription-Region"));
    }

    [Fact]
    public async Task A_wrong_key_fails_fast_without_retries_and_names_the_variables_not_the_key()
    {
        using var client = Client(key: "wrong-key-0000000000000");
        var ex = await Fails(client.TranslateAsync(["en"], ["Bonjour"], "fr"));

        Assert.Equal(TranslatorFailure.Authentication, ex.Failure);
        Assert.Equal(401, ex.HttpStatus);
        Assert.Equal(401000, ex.ErrorCode);
        Assert.True(ex.IsPermanent);
        Assert.Contains("AZURE_TRANSLATOR_KEY", ex.Message, StringComparison.Ordinal);
        Assert.Contains("wron…0000", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-key-0000000000000", ex.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_missing_region_header_on_a_regional_resource_is_an_authentication_failure()
    {
        using var client = Client(region: null);
        var ex = await Fails(client.TranslateAsync(["en"], ["Bonjour"], "fr"));
        Assert.Equal(TranslatorFailure.Authentication, ex.Failure);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task No_key_means_no_request()
    {
        using var client = Client(key: null);
        var ex = await Fails(client.TranslateAsync(["en"], ["Bonjour"], "fr"));
        Assert.Equal(TranslatorFailure.NotConfigured, ex.Failure);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_429_with_Retry_After_waits_exactly_that_long()
    {
        _server.Enqueue(FakeFault.Throttled("7"));
        using var client = Client(Options(baseDelay: 1));

        await Pump(client.TranslateAsync(["en"], ["Bonjour"], "fr"));

        var requests = _server.Requests;
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        // Never earlier than asked; the upper bound only allows for the real machine's own time
        // (the exact delay chosen is asserted from the retry log line).
        var gap = (requests[1].At - requests[0].At).TotalSeconds;
        Assert.InRange(gap, 7, 10);
        Assert.Contains(_logs.Lines, l => l.Contains("retry 1 of 3", StringComparison.Ordinal) && l.Contains("in 7000 ms", StringComparison.Ordinal));
        AssertKeyNotLogged();
    }

    [Fact]
    public async Task Without_Retry_After_the_back_off_is_exponential()
    {
        _server.Enqueue(FakeFault.Throttled(), FakeFault.Unavailable(), FakeFault.ServerError());
        using var client = Client(Options(retries: 3, baseDelay: 1));

        await Pump(client.TranslateAsync(["en"], ["Bonjour"], "fr"));

        var at = _server.Requests.Select(r => r.At).ToList();
        Assert.Equal([429, 503, 500, 200], _server.Requests.Select(r => r.Status));
        Assert.InRange((at[1] - at[0]).TotalSeconds, 1, 4);
        Assert.InRange((at[2] - at[1]).TotalSeconds, 2, 5);
        Assert.InRange((at[3] - at[2]).TotalSeconds, 4, 7);
        foreach (var (attempt, ms) in new[] { (1, 1000), (2, 2000), (3, 4000) })
        {
            Assert.Contains(_logs.Lines, l => l.Contains($"retry {attempt} of 3", StringComparison.Ordinal) && l.Contains($"in {ms} ms", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Jittered_back_off_stays_within_the_exponential_envelope()
    {
        _server.Enqueue(FakeFault.Unavailable(), FakeFault.Unavailable());
        var options = Options(retries: 2, baseDelay: 1) with { Retry = Options().Retry with { MaxAttempts = 2, Jitter = true } };
        using var client = Client(options);

        await Pump(client.TranslateAsync(["en"], ["Bonjour"], "fr"));

        Assert.Equal(3, _server.Requests.Count);
        var delays = _logs.Lines.Where(l => l.Contains("Translator retry", StringComparison.Ordinal))
            .Select(l => int.Parse(System.Text.RegularExpressions.Regex.Match(l, @"in (\d+) ms").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, delays.Count);
        Assert.All(delays, d => Assert.InRange(d, 1, 30_000));
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_limit_is_not_waited_for()
    {
        _server.Always = FakeFault.Throttled("3600");
        using var client = Client();
        var ex = await Fails(client.TranslateAsync(["en"], ["Bonjour"], "fr"));

        Assert.Equal(TranslatorFailure.Throttled, ex.Failure);
        Assert.Equal(TimeSpan.FromHours(1), ex.RetryAfter);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Retries_give_up_after_the_configured_attempts()
    {
        _server.Always = FakeFault.Unavailable();
        using var client = Client(Options(retries: 2, baseDelay: 0.5));
        var ex = await Fails(client.TranslateAsync(["en"], ["Bonjour"], "fr"));

        Assert.Equal(TranslatorFailure.Unavailable, ex.Failure);
        Assert.Equal(503, ex.HttpStatus);
        Assert.Equal(3, _server.Requests.Count);
        AssertKeyNotLogged();
    }

    [Fact]
    public async Task A_dropped_connection_is_retried()
    {
        _server.Enqueue(FakeFault.Dropped());
        using var client = Client();
        var response = await Pump(client.TranslateAsync(["en"], ["Bonjour"], "fr"));

        Assert.Equal("[en] Bonjour", response.Value[0].Translations[0].Text);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_slow_answer_hits_the_attempt_timeout_and_is_retried()
    {
        _server.Enqueue(FakeFault.Slow(TimeSpan.FromSeconds(5)));
        using var client = Client(Options(attemptTimeout: 2));
        var response = await Pump(client.TranslateAsync(["en"], ["Bonjour"], "fr"), duringRequests: true);

        Assert.Equal("[en] Bonjour", response.Value[0].Translations[0].Text);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains(_logs.Lines, l => l.Contains("TimeoutRejectedException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Malformed_json_is_retried_like_a_5xx_and_mended_by_a_good_answer()
    {
        _server.Enqueue(FakeFault.BadJson());
        using var client = Client();
        var response = await Pump(client.TranslateAsync(["en"], ["Bonjour"], "fr"));

        Assert.Equal("[en] Bonjour", response.Value[0].Translations[0].Text);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Malformed_json_on_every_attempt_is_a_malformed_response_failure()
    {
        _server.Always = FakeFault.BadJson();
        using var client = Client(Options(retries: 2, baseDelay: 0.5));
        var ex = await Fails(client.TranslateAsync(["en"], ["Bonjour"], "fr"));

        Assert.Equal(TranslatorFailure.MalformedResponse, ex.Failure);
        Assert.False(ex.IsPermanent);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task An_empty_translations_array_is_a_failed_request_retried_like_a_5xx()
    {
        _server.Always = FakeFault.EmptyTranslations();
        using var client = Client(Options(retries: 2, baseDelay: 0.5));
        var ex = await Fails(client.TranslateAsync(["en"], ["Bonjour"], "fr"));

        Assert.Equal(TranslatorFailure.MalformedResponse, ex.Failure);
        Assert.Contains("expected 1 translation(s), got 0", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task An_empty_translation_of_a_sentence_is_retried_and_a_good_answer_is_kept()
    {
        _server.Enqueue(FakeFault.EmptyText());
        using var client = Client();
        var response = await Pump(client.TranslateAsync(["en"], ["Bonjour"], "fr"));

        Assert.Equal("[en] Bonjour", response.Value[0].Translations[0].Text);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Too_few_elements_or_the_wrong_target_language_are_failures()
    {
        _server.Always = FakeFault.Answer("""[{"translations":[{"text":"Hello","to":"en"}]}]""");
        using var client = Client(Options(retries: 0));
        var few = await Fails(client.TranslateAsync(["en"], ["Bonjour", "Merci"], "fr"));
        Assert.Equal(TranslatorFailure.MalformedResponse, few.Failure);
        Assert.Contains("expected 2 results, got 1", few.Message, StringComparison.Ordinal);

        _server.Always = FakeFault.Answer("""[{"translations":[{"text":"Hallo","to":"de"}]}]""");
        var wrong = await Fails(client.TranslateAsync(["en"], ["Bonjour"], "fr"));
        Assert.Equal(TranslatorFailure.MalformedResponse, wrong.Failure);
        Assert.Contains("asked for 'en'", wrong.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task A_redirect_is_not_followed_so_the_key_never_reaches_its_target(int status)
    {
        await using var elsewhere = new FakeTranslatorServer(Key, Region, _time);
        _server.Always = FakeFault.Redirect(new Uri(elsewhere.Endpoint, "translate?api-version=3.0&to=en"), status);
        using var client = Client();
        var ex = await Fails(client.TranslateAsync(["en"], ["Bonjour"], "fr"));

        Assert.Equal(TranslatorFailure.Redirected, ex.Failure);
        Assert.True(ex.IsPermanent);
        Assert.Contains(elsewhere.Endpoint.Authority, ex.Message, StringComparison.Ordinal);
        Assert.Contains("AZURE_TRANSLATOR_ENDPOINT", ex.Message, StringComparison.Ordinal);
        Assert.Empty(elsewhere.Requests);
        Assert.Single(_server.Requests);
        AssertKeyNotLogged();
    }

    [Fact]
    public async Task An_attempt_that_times_out_is_counted_as_abandoned()
    {
        _server.Enqueue(FakeFault.Slow(TimeSpan.FromSeconds(5)));
        using var client = Client(Options(attemptTimeout: 2));
        var response = await Pump(client.TranslateAsync(["en"], ["Bonjour"], "fr"), duringRequests: true);

        Assert.Equal(1, response.AbandonedAttempts);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Over_the_element_limit_the_service_says_400072_and_the_client_does_not_retry()
    {
        _server.MaxTranslateElements = 2;
        using var client = Client();
        var ex = await Fails(client.TranslateAsync(["en"], ["a", "b", "c"], "fr"));

        Assert.Equal(TranslatorFailure.BadRequest, ex.Failure);
        Assert.Equal(400072, ex.ErrorCode);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_closes_after_the_break()
    {
        var breaker = new TranslatorCircuitBreakerOptions { FailureRatio = 0.5, MinimumThroughput = 2, SamplingDuration = TimeSpan.FromSeconds(60), BreakDuration = TimeSpan.FromSeconds(5) };
        using var client = Client(Options(retries: 0, breaker: breaker));
        _server.Enqueue(FakeFault.ServerError(), FakeFault.ServerError());

        await Fails(client.TranslateAsync(["en"], ["un"], "fr"));
        await Fails(client.TranslateAsync(["en"], ["deux"], "fr"));
        var open = await Fails(client.TranslateAsync(["en"], ["trois"], "fr"));

        Assert.Equal(TranslatorFailure.Unavailable, open.Failure);
        Assert.Contains("circuit is open", open.Message, StringComparison.Ordinal);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains(_logs.Lines, l => l.Contains("circuit opened", StringComparison.Ordinal));

        _time.Advance(TimeSpan.FromSeconds(6));
        var response = await Pump(client.TranslateAsync(["en"], ["quatre"], "fr"));
        Assert.Equal("[en] quatre", response.Value[0].Translations[0].Text);
        Assert.Equal(3, _server.Requests.Count);
    }
}
