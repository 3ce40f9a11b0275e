using System.Text.Json;
using Translation.Quality.Cli;
using Translation.Quality.Results;

namespace Translation.Quality.Tests.Translator;

/// <summary>
/// <c>tqa check --translator</c> through <see cref="CliApp.RunAsync"/> against the fake Translator,
/// its address, region and key given the way an operator gives them: in the environment.
/// </summary>
[Collection(TranslatorEnvironmentCollection.Name)]
public sealed class TranslatorEndToEndTests : IAsyncLifetime
{
    private const string Key = "e2e-KEY-5d41402abc4b2a76b9719d911017c592";
    private const string Region = "francecentral";
    private const string Garbled = "The executive also dreams of a big party with the petrol station owners next winter.";

    private static readonly string FixtureDir = Path.Combine(AppContext.BaseDirectory, "Translator", "Fixtures");

    private readonly string _dir = Directory.CreateTempSubdirectory("tqa-e2e-").FullName;
    private FakeTranslatorServer _server = null!;
    private EnvironmentScope _env = null!;

    public Task InitializeAsync()
    {
        _server = new FakeTranslatorServer(Key, Region);
        var fresh = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(FixtureDir, "bilingual.fresh.json")))!;
        foreach (var (source, translation) in fresh)
        {
            _server.Translations[("fr", "en", source)] = translation;
        }

        _env = new EnvironmentScope()
            .Set("AZURE_TRANSLATOR_ENDPOINT", _server.Endpoint.ToString())
            .Set("AZURE_TRANSLATOR_REGION", Region)
            .Set("AZURE_TRANSLATOR_KEY", Key);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _env.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>
    /// A pipeline.yaml with the cache in the test folder and tiny delays, so faults cost
    /// milliseconds. No rule packs and scope all: these tests are about the Translator, and must
    /// not hang on what the packs flag this week or on their regex timeouts on a loaded machine
    /// (the flagged scope is covered by the stage's own tests).
    /// </summary>
    private string Config(string extra = "", double attemptTimeout = 5)
    {
        var path = Path.Combine(_dir, "pipeline.yaml");
        File.WriteAllText(path, $"""
            rules:
              builtin: false
            translator:
              scope: all
              cache: {"{"} path: "{Path.Combine(_dir, "cache.db")}" {"}"}
              attemptTimeoutSeconds: {attemptTimeout.ToString(System.Globalization.CultureInfo.InvariantCulture)}
              totalTimeoutSeconds: 20
              retry: {"{"} maxAttempts: 2, baseDelaySeconds: 0.01, maxDelaySeconds: 0.05, maxRetryAfterSeconds: 1 {"}"}
              circuitBreaker: {"{"} samplingSeconds: 20, breakSeconds: 1, minimumThroughput: 100 {"}"}
            {extra}
            """);
        return path;
    }

    private async Task<(int Exit, string Stdout, string Stderr, JsonDocument Report, string Markdown, string Log)> CheckAsync(string run, string? config = null)
    {
        var outDir = Path.Combine(_dir, run);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(["check", Path.Combine(FixtureDir, "bilingual.jsonl"), "--translator", "--config", config ?? Config(), "--out", outDir], stdout, stderr);
        var json = File.ReadAllText(Path.Combine(outDir, "report.json"));
        var markdown = File.ReadAllText(Path.Combine(outDir, "report.md"));
        var log = File.ReadAllText(Path.Combine(outDir, "translator.log"));
        foreach (var text in new[] { stdout.ToString(), stderr.ToString(), json, markdown, log })
        {
            Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        }

        return (exit, stdout.ToString(), stderr.ToString(), JsonDocument.Parse(json), markdown, log);
    }

    private static JsonElement Article(JsonDocument report, string id) =>
        report.RootElement.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);

    private static (bool Verified, string? Reason) Verification(JsonDocument report, string id)
    {
        var v = Article(report, id).GetProperty("verification");
        return (v.GetProperty("verified").GetBoolean(), v.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_garbled_sentence_is_flagged_as_mt_divergence_and_a_rerun_sends_no_translate_request()
    {
        var first = await CheckAsync("run1");

        Assert.InRange(first.Exit, 0, 1);
        var finding = Article(first.Report, "agri-001").GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("class").GetString() == "mt-divergence");
        Assert.Equal(Garbled, finding.GetProperty("text").GetString());
        Assert.Equal("The government also plans to cut taxes on agricultural diesel from January.", finding.GetProperty("suggestion").GetString());
        Assert.Equal("TRANSLATOR_MT_DIVERGENCE", finding.GetProperty("rule").GetString());
        Assert.Equal("major", finding.GetProperty("severity").GetString());
        Assert.Equal((true, null), Verification(first.Report, "agri-001"));

        // The clean article passes verification without findings.
        Assert.Equal((true, null), Verification(first.Report, "agri-002"));
        Assert.Empty(Article(first.Report, "agri-002").GetProperty("findings").EnumerateArray());

        var translateRequests = _server.Count("translate");
        var allRequests = _server.Requests.Count;
        Assert.Equal(2, _server.Requests.Count(r => r.Operation == "translate" && r.Status == 200));
        var cost = first.Report.RootElement.GetProperty("summary").GetProperty("translator");
        var sent = cost.GetProperty("charactersSent").GetInt64();
        var sourceCharacters = _server.Requests.Where(r => r.Operation == "translate" && r.Status == 200).Sum(r => JsonDocument.Parse(r.Body).RootElement.EnumerateArray().Sum(e => e.GetProperty("Text").GetString()!.Length));
        var lookupCharacters = _server.Requests.Where(r => r.Operation == "dictionary/lookup" && r.Status == 200).Sum(r => JsonDocument.Parse(r.Body).RootElement.EnumerateArray().Sum(e => e.GetProperty("Text").GetString()!.Length));
        Assert.Equal(sourceCharacters + lookupCharacters, sent);
        Assert.Equal(0, cost.GetProperty("charactersFromCache").GetInt64());
        Assert.Equal(_server.Requests.Count(r => r.Status == 200), cost.GetProperty("requests").GetInt32());
        Assert.Contains("translator: 2 verified, 0 not verified", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("## Translator", first.Markdown, StringComparison.Ordinal);
        foreach (var request in _server.Requests)
        {
            Assert.Contains(request.Headers["X-ClientTraceId"], first.Log, StringComparison.Ordinal);
        }

        var second = await CheckAsync("run2");

        Assert.Equal(translateRequests, _server.Count("translate"));
        Assert.Equal(allRequests, _server.Requests.Count);
        var again = second.Report.RootElement.GetProperty("summary").GetProperty("translator");
        Assert.Equal(0, again.GetProperty("charactersSent").GetInt64());
        Assert.Equal(sent, again.GetProperty("charactersFromCache").GetInt64());
        Assert.Equal(0, again.GetProperty("requests").GetInt32());
        Assert.Equal(Garbled, Article(second.Report, "agri-001").GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("class").GetString() == "mt-divergence").GetProperty("text").GetString());
    }

    public static TheoryData<string, string> Faults => new()
    {
        { "unavailable", "unavailable (HTTP 503" },
        { "server-error", "unavailable (HTTP 500" },
        { "throttled", "throttled" },
        { "throttled-long-retry-after", "Retry-After 3600 s" },
        { "slow", "timed out" },
        { "dropped", "could not reach" },
        { "malformed", "not the JSON" },
        { "empty-translations", "not an answer to what was asked" },
        { "redirect", "redirects are not followed" },
        { "wrong-key", "refused the credentials" },
        { "no-key", "AZURE_TRANSLATOR_KEY is not set" },
        { "budget", "budget of 50 characters is spent" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Every_fault_leaves_a_complete_report_with_the_article_marked_not_verified(string fault, string expected)
    {
        var extra = string.Empty;
        switch (fault)
        {
            case "unavailable": _server.Always = FakeFault.Unavailable(); break;
            case "server-error": _server.Always = FakeFault.ServerError(); break;
            case "throttled": _server.Always = FakeFault.Throttled(); break;
            case "throttled-long-retry-after": _server.Always = FakeFault.Throttled("3600"); break;
            case "slow": _server.Always = FakeFault.Slow(TimeSpan.FromSeconds(3)); break;
            case "dropped": _server.Always = FakeFault.Dropped(); break;
            case "malformed": _server.Always = FakeFault.BadJson(); break;
            case "empty-translations": _server.Always = FakeFault.EmptyTranslations(); break;
            case "redirect": _server.Always = FakeFault.Redirect(new Uri("https://elsewhere.example/translate")); break;
            case "wrong-key": _env.Set("AZURE_TRANSLATOR_KEY", "not-the-key-0000000000"); break;
            case "no-key": _env.Set("AZURE_TRANSLATOR_KEY", null); break;
            case "budget": extra = "  charactersPerRun: 50"; break;
        }

        var result = await CheckAsync(fault, Config(extra, attemptTimeout: fault == "slow" ? 0.3 : 5));

        Assert.InRange(result.Exit, 0, 1);
        Assert.Equal(2, result.Report.RootElement.GetProperty("articles").GetArrayLength());
        foreach (var id in new[] { "agri-001", "agri-002" })
        {
            var (verified, reason) = Verification(result.Report, id);
            Assert.False(verified);
            Assert.Contains(expected, reason, StringComparison.Ordinal);
            Assert.Contains(Article(result.Report, id).GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "TQ401" && d.GetProperty("severity").GetString() == "warning");
        }

        Assert.Contains("not verified", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("translator: 0 verified, 2 not verified", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_verification_is_required_an_unverified_article_exits_3()
    {
        _server.Always = FakeFault.Unavailable();
        var result = await CheckAsync("required", Config("  required: true"));

        Assert.Equal(ExitCodes.ArticleErrors, result.Exit);
        Assert.Contains(Article(result.Report, "agri-001").GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "TQ401" && d.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public async Task An_empty_answer_is_never_cached_and_with_required_exits_3()
    {
        _server.Always = FakeFault.EmptyText();
        var first = await CheckAsync("empty", Config("  required: true"));

        Assert.Equal(ExitCodes.ArticleErrors, first.Exit);
        Assert.False(Verification(first.Report, "agri-001").Verified);
        Assert.True(first.Report.RootElement.GetProperty("summary").GetProperty("translator").GetProperty("charactersSent").GetInt64() > 0);

        // Once the service answers properly, nothing of the empty answer is served from the cache.
        _server.Always = null;
        var second = await CheckAsync("mended", Config("  required: true"));
        Assert.InRange(second.Exit, 0, 1);
        Assert.Equal((true, null), Verification(second.Report, "agri-001"));
        Assert.Equal(0, second.Report.RootElement.GetProperty("summary").GetProperty("translator").GetProperty("charactersFromCache").GetInt64());
    }

    [Fact]
    public async Task Estimate_counts_what_a_run_would_send_without_sending_and_the_cache_brings_it_to_zero()
    {
        var feed = Path.Combine(FixtureDir, "bilingual.jsonl");
        var config = Config("  pricePerMillionCharacters: 20\n  charactersPerRun: 100");
        var sources = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(FixtureDir, "bilingual.fresh.json")))!.Keys.ToList();
        var expected = sources.Sum(s => s.Length);

        var stdout = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["translator", "estimate", feed, "--config", config], stdout, new StringWriter()));

        Assert.Empty(_server.Requests);
        Assert.Contains($"translator estimate: {expected:N0} characters to send in 2 requests (0 from the cache), 2 of 2 articles in scope", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"about {expected / 1_000_000.0 * 20:0.####} at 20 per million"), stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains($"charactersPerRun is 100: about {expected - 100:N0} characters will not be sent", stdout.ToString(), StringComparison.Ordinal);

        // A run prints the same estimate first, then spends what it said.
        var run = await CheckAsync("estimated", Config());
        Assert.Contains($"translator estimate: {expected:N0} characters to send in 2 requests", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(expected, run.Report.RootElement.GetProperty("summary").GetProperty("translator").GetProperty("charactersSent").GetInt64() - LookupCharacters());

        stdout = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["translator", "estimate", feed, "--config", Config()], stdout, new StringWriter()));
        Assert.Contains($"translator estimate: 0 characters to send in 0 requests ({expected:N0} from the cache)", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_default_a_bilingual_feed_is_verified_in_full()
    {
        var config = Config();
        File.WriteAllText(config, File.ReadAllText(config).Replace("  scope: all\n", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain("scope", File.ReadAllText(config), StringComparison.Ordinal);

        var result = await CheckAsync("default-scope", config);

        Assert.Equal((true, null), Verification(result.Report, "agri-002"));
        Assert.Contains("translator: 2 verified, 0 not verified", result.Stdout, StringComparison.Ordinal);
    }

    private long LookupCharacters() =>
        _server.Requests.Where(r => r.Operation == "dictionary/lookup" && r.Status == 200).Sum(r => JsonDocument.Parse(r.Body).RootElement.EnumerateArray().Sum(e => (long)e.GetProperty("Text").GetString()!.Length));

    [Fact]
    public async Task Translator_check_names_endpoint_and_region_masks_the_key_and_tries_a_word()
    {
        var stdout = new StringWriter();
        var exit = await CliApp.RunAsync(["translator", "check"], stdout, new StringWriter());

        var text = stdout.ToString();
        Assert.Equal(0, exit);
        Assert.Contains($"endpoint: {_server.Endpoint}", text, StringComparison.Ordinal);
        Assert.Contains($"region: {Region}", text, StringComparison.Ordinal);
        Assert.Contains("key: e2e-…c592", text, StringComparison.Ordinal);
        Assert.Contains("translation: works: 'hello' (en) → '[fr] hello' (fr)", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);

        _env.Set("AZURE_TRANSLATOR_KEY", "wrong-wrong-wrong-wrong");
        stdout = new StringWriter();
        Assert.Equal(2, await CliApp.RunAsync(["translator", "check"], stdout, new StringWriter()));
        Assert.Contains("translation: fails (Authentication)", stdout.ToString(), StringComparison.Ordinal);

        _env.Set("AZURE_TRANSLATOR_KEY", null);
        stdout = new StringWriter();
        Assert.Equal(2, await CliApp.RunAsync(["translator", "check"], stdout, new StringWriter()));
        Assert.Contains("key: (not set)", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_in_pipeline_yaml_is_a_configuration_error()
    {
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(["check", Path.Combine(FixtureDir, "bilingual.jsonl"), "--config", Config("  key: abc123"), "--out", Path.Combine(_dir, "x")], new StringWriter(), stderr);

        Assert.Equal(ExitCodes.UsageOrConfig, exit);
        Assert.Matches(@"pipeline\.yaml:\d+:\d+: error TQ101: 'translator\.key': the Translator key never lives in YAML", stderr.ToString());
    }
}
