using System.Text.Json;
using Translation.Quality.Tests.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Translator;

/// <summary><c>tqa nightly</c> with verify in 'stages' runs the Translator (it used to be dropped without a word).</summary>
[Collection(TranslatorEnvironmentCollection.Name)]
public sealed class NightlyVerifyTests
{
    private const string Key = "nightly-KEY-7c6a180b36896a0a8c02787eeafb0e4c";

    private static readonly string FixtureDir = Path.Combine(AppContext.BaseDirectory, "Translator", "Fixtures");

    [Fact]
    public async Task Nightly_WithVerifyInStages_SendsTheFeedToTheTranslatorAndReportsItsVerdict()
    {
        await using var server = new FakeTranslatorServer(Key);
        var fresh = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(FixtureDir, "bilingual.fresh.json")))!;
        foreach (var (source, translation) in fresh)
        {
            server.Translations[("fr", "en", source)] = translation;
        }

        using var env = new EnvironmentScope()
            .Set("AZURE_TRANSLATOR_ENDPOINT", server.Endpoint.ToString())
            .Set("AZURE_TRANSLATOR_REGION", null)
            .Set("AZURE_TRANSLATOR_KEY", Key);
        using var setup = new NightlySetup("""
              - name: bilingual
                path: feed.jsonl
                thresholds: { maxFailingShare: 1 }
            """);
        setup.File("feed.jsonl", File.ReadAllText(Path.Combine(FixtureDir, "bilingual.jsonl")));
        setup.File("pipeline.yaml", $"""
            stages: [ingest, normalise, segment, check, verify, score, report]
            rules:
              builtin: false
            translator:
              scope: all
              cache: {"{"} path: "{Path.Combine(setup.Root, "cache.db")}" {"}"}
              attemptTimeoutSeconds: 5
              totalTimeoutSeconds: 20
              retry: {"{"} maxAttempts: 2, baseDelaySeconds: 0.01, maxDelaySeconds: 0.05, maxRetryAfterSeconds: 1 {"}"}
            history:
              path: history.db
            feeds:
              - name: bilingual
                path: feed.jsonl
                thresholds: {"{"} maxFailingShare: 1 {"}"}
            """);

        var (exit, _, err) = await setup.Nightly("2024-06-01");

        Assert.True(exit == 0, $"exit {exit}: {err}");
        Assert.Equal(2, server.Requests.Count(r => r.Operation == "translate" && r.Status == 200));
        using var report = setup.Report(setup.NightFolder("2024-06-01"));
        var articles = report.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.All(articles, a => Assert.True(a.GetProperty("verification").GetProperty("verified").GetBoolean()));
        var divergence = articles.Single(a => a.GetProperty("id").GetString() == "agri-001").GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("rule").GetString() == "TRANSLATOR_MT_DIVERGENCE");
        Assert.Equal("The executive also dreams of a big party with the petrol station owners next winter.", divergence.GetProperty("text").GetString());
        Assert.Equal(2, report.RootElement.GetProperty("summary").GetProperty("translator").GetProperty("verified").GetInt32());
        Assert.True(File.Exists(Path.Combine(setup.NightFolder("2024-06-01"), "translator.log")));
    }
}
