using System.Text.Json;
using Translation.Quality.Evaluation;
using Translation.Quality.Tests.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Bilingual;

public sealed class BilingualReportTests
{
    private const string Source = "Le plan prévoit la suppression de 14.000 emplois d'ici 2026.\n\nLe ministre a confirmé la fermeture de deux usines.";
    private const string Target = "The plan provides for cutting 41,000 jobs by 2026.\n\nThe minister confirmed the closure of two factories.";

    private static string Line(string id, string text, string? source) =>
        JsonSerializer.Serialize(new Dictionary<string, string?> { ["id"] = id, ["sourceLanguage"] = "fr", ["targetLanguage"] = "en", ["text"] = text, ["sourceText"] = source });

    [Fact]
    public async Task Check_ABilingualFindingCarriesItsSourceSpanInJsonAndMarkdown()
    {
        using var dir = new TempDir();
        var feed = dir.File("feed.jsonl", Line("jobs", Target, Source) + "\n");
        var outDir = Path.Combine(dir.Path, "out");

        var (exit, _, _) = await CliRunner.Run("check", feed, "--out", outDir, "--format", "json,md,html");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        Assert.StartsWith("1.", json.RootElement.GetProperty("schemaVersion").GetString(), StringComparison.Ordinal);
        var finding = json.RootElement.GetProperty("articles")[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("class").GetString() == "number-mismatch");
        Assert.Equal("41,000", finding.GetProperty("text").GetString());
        var source = finding.GetProperty("source");
        var (start, end) = (source.GetProperty("start").GetInt32(), source.GetProperty("end").GetInt32());
        Assert.Equal("14.000", Source[start..end]);
        Assert.Equal("14.000", source.GetProperty("text").GetString());

        var md = File.ReadAllText(Path.Combine(outDir, "report.md"));
        Assert.Contains("Source (fr): Le plan prévoit la suppression de **14.000** emplois d'ici 2026.", md, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(outDir, "report.html"));
        Assert.Contains("\"source\":{\"start\":" + start, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_AFindingReusedFromHistoryKeepsItsSourceSpan()
    {
        using var dir = new TempDir();
        var feed = dir.File("feed.jsonl", Line("jobs", Target, Source) + "\n");
        var history = Path.Combine(dir.Path, "history.db");
        var (first, second) = (Path.Combine(dir.Path, "first"), Path.Combine(dir.Path, "second"));

        Assert.Equal(1, (await CliRunner.Run("check", feed, "--out", first, "--format", "json", "--history", history)).Exit);
        Assert.Equal(1, (await CliRunner.Run("check", feed, "--out", second, "--format", "json", "--history", history)).Exit);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(second, "report.json")));
        var article = json.RootElement.GetProperty("articles")[0];
        Assert.Equal("unchanged", article.GetProperty("status").GetString());
        var finding = article.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("class").GetString() == "number-mismatch");
        var source = finding.GetProperty("source");
        Assert.Equal("14.000", source.GetProperty("text").GetString());
        Assert.Equal("14.000", Source[source.GetProperty("start").GetInt32()..source.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public async Task Check_ASourceInAnotherLanguageIsADiagnosticAndTheMonolingualChecksStillRun()
    {
        using var dir = new TempDir();
        const string garbled = "The talks began at 14h30 in Paris, and the the delegates left early.";
        var feed = dir.File("feed.jsonl", Line("wrong-source", garbled, "The talks began in the afternoon in Paris and the delegates of the union left early with their papers.") + "\n");
        var outDir = Path.Combine(dir.Path, "out");

        var (exit, _, _) = await CliRunner.Run("check", feed, "--out", outDir, "--format", "json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var article = json.RootElement.GetProperty("articles")[0];
        Assert.Equal("checked", article.GetProperty("status").GetString());
        Assert.Contains(article.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "TQ212");
        var classes = article.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("class").GetString()).ToHashSet();
        Assert.Contains("locale-format", classes);
        Assert.Contains("repeated-word", classes);
        Assert.DoesNotContain(article.GetProperty("findings").EnumerateArray(), f => f.TryGetProperty("source", out _));
    }

    [Fact]
    public async Task Segment_ShowsTheAlignedSourceBesideEachSentence()
    {
        using var dir = new TempDir();
        var feed = dir.File("feed.jsonl", Line("jobs", Target, Source) + "\n");

        var (exit, stdout, _) = await CliRunner.Run("segment", feed);

        Assert.Equal(0, exit);
        Assert.Contains("src 1–1 0-60  Le plan prévoit la suppression de 14.000 emplois d'ici 2026.", stdout, StringComparison.Ordinal);
        Assert.Contains("Le ministre a confirmé la fermeture de deux usines.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void GoldReader_ReadsTheSourceBesideAnArticleAndLeavesOtherFilesAlone()
    {
        using var dir = new TempDir();
        dir.File("fr-en/jobs.txt", Target);
        dir.File("fr-en/jobs.source.txt", Source);
        dir.File("fr-en/jobs.fresh.tsv", "not\tread\n");
        dir.File("fr-en/jobs.ann.json", """{"defects": [{"class": "number-mismatch", "start": 30, "end": 36, "text": "41,000"}]}""");
        dir.File("fr-en/clean-mono.txt", "A clean article.");
        dir.File("fr-en/clean-mono.ann.json", """{"defects": []}""");

        var articles = GoldSetReader.Read(dir.Path);

        Assert.Equal(["clean-mono", "jobs"], articles.Select(a => a.Article.Id));
        Assert.Null(articles[0].Article.SourceText);
        Assert.Equal(Source, articles[1].Article.SourceText);
        Assert.Equal("fr", articles[1].Article.SourceLanguage);
    }
}
