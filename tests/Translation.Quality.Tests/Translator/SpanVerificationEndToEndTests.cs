using System.Text.Json;
using Translation.Quality.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Translator;

/// <summary>
/// The "done when": a bilingual feed with garbled and clean sentences, checked with
/// <c>--translator</c> against the fake Translator on 127.0.0.1 answering correct translations.
/// Every garbled sentence gets a finding on its wrong words, the clean article none, and a rerun
/// sends nothing.
/// </summary>
[Collection(TranslatorEnvironmentCollection.Name)]
public sealed class SpanVerificationEndToEndTests : IAsyncLifetime
{
    private const string Key = "spans-KEY-0123456789abcdef0123456789ab";

    private static readonly string FixtureDir = Path.Combine(AppContext.BaseDirectory, "Translator", "Fixtures");

    private readonly string _dir = Directory.CreateTempSubdirectory("tqa-spans-").FullName;
    private FakeTranslatorServer _server = null!;
    private EnvironmentScope _env = null!;

    public Task InitializeAsync()
    {
        _server = new FakeTranslatorServer(Key);
        foreach (var (source, translation) in JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(FixtureDir, "spans.fresh.json")))!)
        {
            _server.Translations[("fr", "en", source)] = translation;
        }

        // What the dictionary knows: enough to tell a synonym ("rescuers", "awaited") from a wrong word ("touched").
        _server.Dictionary[("fr", "en", "touchés")] = [("affected", 0.5), ("hit", 0.3)];
        _server.Dictionary[("fr", "en", "secouristes")] = [("rescuers", 0.6), ("rescue workers", 0.3)];
        _server.Dictionary[("fr", "en", "maison")] = [("house", 0.6), ("home", 0.4)];
        _server.Dictionary[("fr", "en", "attendue")] = [("expected", 0.5), ("awaited", 0.3)];
        _env = new EnvironmentScope()
            .Set("AZURE_TRANSLATOR_ENDPOINT", _server.Endpoint.ToString())
            .Set("AZURE_TRANSLATOR_REGION", null)
            .Set("AZURE_TRANSLATOR_KEY", Key);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _env.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Each garbled sentence, and the words in it that are wrong.</summary>
    public static TheoryData<string, string, string[]> Garbled => new()
    {
        { "garbled-1", "The text provides of new aid for the farmers touched by the drought of the wheat.", ["touched", "wheat"] },
        { "garbled-1", "The rescuers evacuated a house of retirement of the elderly.", ["house", "elderly"] },
        { "garbled-1", "On Tuesday the minister visited the Yuri aeronautical factory Gagarin in Komsomolsk-on-Amur.", ["aeronautical factory Gagarin"] },
        { "garbled-2", "The prefecture has opened an investigation into the causes of the fire, which started in a disused warehouse owned by the town council.", ["which started in a disused warehouse owned by the town council"] },
        { "garbled-3", "The mayor praised the firefighters.", ["The mayor praised the firefighters."] },
    };

    private async Task<(string Stdout, string Stderr, JsonDocument Report)> CheckAsync(string run)
    {
        var config = Path.Combine(_dir, "pipeline.yaml");
        File.WriteAllText(config, $"""
            rules:
              builtin: false
              paths: ["{Path.Combine(RepoPaths.Config, "rules", "translator.yaml")}"]
            translator:
              cache: {"{"} path: "{Path.Combine(_dir, "cache.db")}" {"}"}
              checks: {"{"} language: false {"}"}
            """);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var outDir = Path.Combine(_dir, run);
        var exit = await CliApp.RunAsync(["check", Path.Combine(FixtureDir, "spans.jsonl"), "--translator", "--config", config, "--out", outDir], stdout, stderr);
        Assert.InRange(exit, 0, 1);
        return (stdout.ToString(), stderr.ToString(), JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json"))));
    }

    private static JsonElement Article(JsonDocument report, string id) =>
        report.RootElement.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);

    private static string Text(string id) =>
        File.ReadLines(Path.Combine(FixtureDir, "spans.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).Single(a => a.GetProperty("id").GetString() == id).GetProperty("text").GetString()!;

    [Theory]
    [MemberData(nameof(Garbled))]
    public async Task A_garbled_sentence_has_a_span_finding_on_its_wrong_words(string id, string sentence, string[] wrong)
    {
        var (_, _, report) = await CheckAsync("run");
        var text = Text(id);
        var at = text.IndexOf(sentence, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var spans = wrong.Select(w => (Start: at + sentence.IndexOf(w, StringComparison.Ordinal), End: at + sentence.IndexOf(w, StringComparison.Ordinal) + w.Length)).ToList();

        var findings = Article(report, id).GetProperty("findings").EnumerateArray()
            .Select(f => (Start: f.GetProperty("start").GetInt32(), End: f.GetProperty("end").GetInt32(), Rule: f.GetProperty("rule").GetString()!))
            .Where(f => f.Start >= at && f.End <= at + sentence.Length)
            .ToList();

        // Span-level (not the whole sentence, unless the wrong words are the sentence) and on the wrong words.
        Assert.Contains(findings, f => f.Rule != "TRANSLATOR_MT_DIVERGENCE" && spans.Any(s => f.Start < s.End && s.Start < f.End));
    }

    [Fact]
    public async Task Clean_sentences_have_no_finding_the_dictionary_spares_synonyms_and_a_rerun_sends_nothing()
    {
        var first = await CheckAsync("run1");
        Assert.Empty(Article(first.Report, "clean-1").GetProperty("findings").EnumerateArray());
        var touched = Article(first.Report, "garbled-1").GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("text").GetString() == "touched");
        Assert.Equal("mistranslation", touched.GetProperty("class").GetString());
        Assert.Equal("hit", touched.GetProperty("suggestion").GetString());
        Assert.Contains("'touchés' → affected, hit", touched.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Article(first.Report, "garbled-1").GetProperty("findings").EnumerateArray(), f => f.GetProperty("text").GetString() == "rescuers");
        var gagarin = Article(first.Report, "garbled-1").GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("class").GetString() == "word-order");
        Assert.Equal("Gagarin", gagarin.GetProperty("text").GetString());
        Assert.Equal("Yuri Gagarin aeronautical", gagarin.GetProperty("suggestion").GetString());
        Assert.True(first.Report.RootElement.GetProperty("summary").GetProperty("translator").GetProperty("charactersSent").GetInt64() > 0);

        var requests = _server.Requests.Count;
        var second = await CheckAsync("run2");

        Assert.Equal(requests, _server.Requests.Count);
        Assert.Equal(0, second.Report.RootElement.GetProperty("summary").GetProperty("translator").GetProperty("charactersSent").GetInt64());
        Assert.Contains("translator estimate: 0 characters to send", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(
            Article(first.Report, "garbled-1").GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("fingerprint").GetString()),
            Article(second.Report, "garbled-1").GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("fingerprint").GetString()));
    }
}
