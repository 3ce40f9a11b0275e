using System.Text.Json;
using Translation.Quality.Documents;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Cli;

/// <summary>Language codes are validated (a name suggests its code), and an article no pack knows the source of says so.</summary>
public sealed class LanguageCodeTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("fr-FR", "fr")]
    [InlineData("pt_BR", "pt")]
    [InlineData("zh-Hant-TW", "zh")]
    public void Tags_GiveTheirPrimaryLanguage(string tag, string code)
    {
        Assert.Equal(code, LanguageCode.Normalize(tag, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("french", "fr")]
    [InlineData("Deutsch", "de")]
    [InlineData("fr fr", "frfr")]
    public void Names_AreRefused_WithTheCodeTheyMean(string text, string suggestion)
    {
        Assert.Null(LanguageCode.Normalize(text, out var problem));
        Assert.Contains($"'{text}' is not a language code", problem, StringComparison.Ordinal);
        if (suggestion.Length <= 3)
        {
            Assert.Contains($"did you mean '{suggestion}'?", problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SourceLangFrench_IsAUsageError_ThatSuggestsFr()
    {
        var file = _dir.File("a.txt", "The council met on Tuesday.");

        var (exit, _, stderr) = await CliRunner.Run("check", file, "--source-lang", "french", "--out", Path.Combine(_dir.Path, "out"));

        Assert.Equal(2, exit);
        Assert.Contains("--source-lang: 'french' is not a language code", stderr, StringComparison.Ordinal);
        Assert.Contains("did you mean 'fr'?", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonlNames_AreArticleErrors_AndUnsupportedPairsAreNamedOnTheTerminalAndInTheReport()
    {
        var feed = _dir.File("feed.jsonl", string.Join('\n',
            Line("named", "French", "The council met on Tuesday."),
            Line("italian", "it", "The council met on Tuesday in Rome."),
            Line("region", "fr-FR", "The Cuban number one arrived in Hanoi on Tuesday.")) + "\n");
        var outDir = Path.Combine(_dir.Path, "out");

        var (exit, _, stderr) = await CliRunner.Run("check", feed, "--format", "json,md", "--out", outDir, "--quiet");

        Assert.Equal(3, exit);
        Assert.Contains("named (feed.jsonl:1): \"sourceLanguage\": 'French' is not a language code", stderr.Replace(_dir.Path + "/", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("1 article in it-en had no source-language rule pack (only target-language checks ran): italian", stderr, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        Assert.Equal("error", articles["named"].GetProperty("status").GetString());
        var warning = Assert.Single(articles["italian"].GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("TQ210", warning.GetProperty("code").GetString());
        Assert.Equal("fr", articles["region"].GetProperty("sourceLanguage").GetString());
        Assert.Contains(articles["region"].GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString()!.StartsWith("FR_", StringComparison.Ordinal));
        Assert.Empty(articles["region"].GetProperty("diagnostics").EnumerateArray());
        Assert.Contains("no rule pack for the source language 'it'", File.ReadAllText(Path.Combine(outDir, "report.md")), StringComparison.Ordinal);
    }

    private static string Line(string id, string source, string text) =>
        JsonSerializer.Serialize(new { id, sourceLanguage = source, targetLanguage = "en", text });

    public void Dispose() => _dir.Dispose();
}
