using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Translation.Quality.History;
using Translation.Quality.Tests.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.History;

/// <summary>
/// An unchanged rerun copies stored results instead of checking: what it reports must be exactly what a
/// run without history finds, article by article and finding by finding (only the history's own
/// fields differ: the status, each finding's change and the resolved list).
/// </summary>
public sealed class UnchangedRerunTests
{
    [Fact]
    public async Task UnchangedRerun_ReportsTheSameArticlesAndFindings_AsARunWithoutHistory()
    {
        using var dir = new TempDir();
        var feed = new StringBuilder(NightlySetup.GeneratedFeed(40));

        // Bilingual articles too (invented here): their findings carry source spans, read back from history.
        foreach (var (id, source, target) in new[]
        {
            ("bi-1", "Le conseil a voté 300 millions d'euros mardi.", "The council voted 30 million euros on Tuesday."),
            ("bi-2", "La ministre n'a pas signé l'accord.", "The minister signed the agreement."),
            ("bi-3", "Le port de Brest rouvrira en mai.", "The port of Brest will reopen in May."),
        })
        {
            feed.Append(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["sourceLanguage"] = "fr", ["targetLanguage"] = "en", ["text"] = target, ["sourceText"] = source })).Append('\n');
        }

        var input = dir.File("feed.jsonl", feed.ToString());
        var history = Path.Combine(dir.Path, "h.db");
        var plain = Path.Combine(dir.Path, "plain");
        var first = Path.Combine(dir.Path, "first");
        var rerun = Path.Combine(dir.Path, "rerun");

        await CliRunner.Run("check", input, "--out", plain, "--format", "json");
        await CliRunner.Run("check", input, "--out", first, "--format", "json", "--history", history);
        var (exit, _, err) = await CliRunner.Run("check", input, "--out", rerun, "--format", "json", "--history", history);

        Assert.True(exit is 0 or 1, err);
        var rerunRoot = JsonNode.Parse(File.ReadAllText(Path.Combine(rerun, "report.json")))!;
        Assert.Equal(43, rerunRoot["summary"]!["unchanged"]!.GetValue<int>());
        var expected = WithoutHistoryFields(Path.Combine(plain, "report.json"));
        Assert.Contains("\"source\"", expected, StringComparison.Ordinal);
        Assert.Equal(expected, WithoutHistoryFields(Path.Combine(first, "report.json")));
        Assert.Equal(expected, WithoutHistoryFields(Path.Combine(rerun, "report.json")));
    }

    [Theory]
    [InlineData("[]", new int[0])]
    [InlineData("[0,12,13,40]", new[] { 0, 12, 13, 40 })]
    [InlineData("[2147483647]", new[] { int.MaxValue })]
    public void StoredSentenceBounds_AreReadWithoutTheJsonReader(string json, int[] expected) =>
        Assert.Equal(expected, ArticleRepository.FlatInts(json));

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("[-1,2]")]
    [InlineData("[01,2]")]
    [InlineData("[1,,2]")]
    [InlineData("[1,]")]
    [InlineData("[2147483648]")]
    [InlineData("[1e3]")]
    [InlineData("1,2")]
    public void AnythingElse_IsLeftToTheJsonReader(string json) =>
        Assert.Null(ArticleRepository.FlatInts(json));

    /// <summary>Every article and the summary's figures as text, with the history's own fields taken out.</summary>
    private static string WithoutHistoryFields(string reportPath)
    {
        var root = JsonNode.Parse(File.ReadAllText(reportPath))!.AsObject();
        var articles = root["articles"]!.AsArray();
        foreach (var article in articles.Select(a => a!.AsObject()))
        {
            article.Remove("status");
            article.Remove("resolved");
            foreach (var finding in article["findings"]!.AsArray().Select(f => f!.AsObject()))
            {
                finding.Remove("change");
            }
        }

        var summary = root["summary"]!.AsObject();
        var figures = new JsonObject();
        foreach (var name in new[] { "articles", "errors", "passed", "failed", "words", "characters", "findings", "byClass", "bySeverity", "byRule" })
        {
            figures[name] = summary[name]?.DeepClone();
        }

        return new JsonObject { ["articles"] = articles.DeepClone(), ["summary"] = figures }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
