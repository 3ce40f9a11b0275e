using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Translation.Quality.Documents;
using Translation.Quality.Reports;
using Translation.Quality.Reports.Html;
using Translation.Quality.Results;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Reports;

public sealed partial class HtmlReportWriterTests
{
    private static readonly DateTimeOffset Now = new(2024, 2, 4, 6, 30, 0, TimeSpan.Zero);

    private const string Payload = "Officials said </script><script>window.__pwned=1</script> and <!-- <script> then left. The the end.";

    [Fact]
    public async Task TextBlock_ShowsTheAnalysisSentences_AndSplitsOnlyAnArticleNoStageSegmented()
    {
        using var dir = new TempDir();
        const string text = "Mr. Smith arrived. He left.";

        // Spans the splitter would not make: the page must show the analysis's, not split again.
        var analysed = SampleResults.Checked("analysed", text) with { Sentences = [new TextSpan(0, 9), new TextSpan(10, 27)] };
        var reused = SampleResults.Checked("reused", text);

        var html = await File.ReadAllTextAsync(await SampleResults.WriteAsync(new HtmlReportWriter(dir.Path, "1.0.0", Now), [analysed, reused]));

        using var block = JsonDocument.Parse(DataBlocks().Matches(html).Select(m => m.Groups["json"].Value).ToList()[1]);
        Assert.Equal([0, 9, 10, 27], block.RootElement[0].GetProperty("sentences").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([0, 18, 19, 27], block.RootElement[1].GetProperty("sentences").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task DataBlocks_EscapeEveryAngleBracket_SoFeedTextCannotCloseItsBlock()
    {
        using var dir = new TempDir();
        var result = SampleResults.Checked("</script><b>id", Payload, new Flag("The the", "repeated-word", Severity.Minor, "EN_REPEAT", "</script> repeated <!--", "<img src=x onerror=alert(1)>"));

        var html = await File.ReadAllTextAsync(await SampleResults.WriteAsync(new HtmlReportWriter(dir.Path, "1.2.3", Now), [result]));

        var blocks = DataBlocks().Matches(html).ToList();
        Assert.Equal(3, blocks.Count);
        foreach (var block in blocks)
        {
            var json = block.Groups["json"].Value;
            Assert.DoesNotContain("<", json, StringComparison.Ordinal);
            Assert.DoesNotContain(">", json, StringComparison.Ordinal);
            using var _ = JsonDocument.Parse(json);
        }

        Assert.Contains("\\u003C/script\\u003E", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\\u003C!--", html, StringComparison.OrdinalIgnoreCase);

        // Exactly the page's own script runs: every other <script> is a JSON data block.
        Assert.Single(Regex.Matches(html, "<script>", RegexOptions.IgnoreCase));
        Assert.Equal(4, Regex.Matches(html, "<script", RegexOptions.IgnoreCase).Count);

        using var meta = JsonDocument.Parse(blocks[0].Groups["json"].Value);
        var article = meta.RootElement[0];
        Assert.Equal("</script><b>id", article.GetProperty("id").GetString());
        Assert.Equal("<img src=x onerror=alert(1)>", article.GetProperty("findings")[0].GetProperty("suggestion").GetString());
        using var text = JsonDocument.Parse(blocks[1].Groups["json"].Value);
        Assert.Equal(Payload, text.RootElement[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Page_IsSelfContained_AndItsCspAllowsOnlyItsOwnScriptByHash()
    {
        using var dir = new TempDir();
        var html = await File.ReadAllTextAsync(await SampleResults.WriteAsync(new HtmlReportWriter(dir.Path, "1.2.3", Now), [SampleResults.Checked("a1", "Quiet copy.")]));

        var csp = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"(?<csp>[^\"]+)\">").Groups["csp"].Value;
        Assert.StartsWith("default-src 'none'; script-src 'sha256-", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Contains("img-src data:", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);

        var script = Regex.Match(html, "<script>(?<js>.*?)</script>", RegexOptions.Singleline).Groups["js"].Value;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        Assert.Contains($"script-src 'sha256-{hash}'", csp, StringComparison.Ordinal);

        // Nothing is loaded from anywhere: no src, no stylesheet link, no imports or remote url().
        var markup = Regex.Replace(html, "<script.*?</script>", string.Empty, RegexOptions.Singleline);
        Assert.DoesNotMatch(new Regex(@"<[^>]+\s(src|href)\s*=\s*""(?!#)", RegexOptions.IgnoreCase), markup);
        Assert.DoesNotContain("<link", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex(@"url\((?!data:)", RegexOptions.IgnoreCase), markup);
        foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function" })
        {
            Assert.DoesNotContain(sink, script, StringComparison.Ordinal);
        }

        Assert.Contains("<meta name=\"generator\" content=\"tqa 1.2.3\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Articles_StreamInBlocks_WithTextSentencesAndSourceApart()
    {
        using var dir = new TempDir();
        var bilingual = SampleResults.Checked(new Article
        {
            Id = "x1",
            Path = "in/fr-en.xlf#x1",
            SourceLanguage = "fr",
            TargetLanguage = "en",
            Text = "The number one arrived. He spoke.",
            SourceText = "Le numéro un est arrivé. Il a parlé.",
            Alignment = [new AlignedSegment("1", 0, 23, "Le numéro un est arrivé."), new AlignedSegment("2", 24, 33, "Il a parlé.")],
        }, new Flag("number one"));
        var results = new List<ArticleResult> { bilingual };
        for (var i = 0; i < 4; i++)
        {
            results.Add(SampleResults.Checked($"a{i}", $"Story {i} is fine."));
        }

        results.Add(SampleResults.Failed("broken", "in/feed.jsonl:7", "not valid JSON"));
        var writer = new HtmlReportWriter(dir.Path, "1.0.0", Now, new HtmlReportOptions { ArticlesPerBlock = 2 });

        var html = await File.ReadAllTextAsync(await SampleResults.WriteAsync(writer, results));

        Assert.Equal(3, Regex.Matches(html, "class=\"tqa-a\"").Count);
        Assert.Equal(3, Regex.Matches(html, "class=\"tqa-t\"").Count);
        var blocks = DataBlocks().Matches(html).Select(m => m.Groups["json"].Value).ToList();
        using var meta = JsonDocument.Parse(blocks[0]);
        var first = meta.RootElement[0];
        Assert.Equal("fr-en.xlf", first.GetProperty("feed").GetString());
        Assert.True(first.GetProperty("bilingual").GetBoolean());
        var finding = first.GetProperty("findings")[0];
        Assert.Equal(4, finding.GetProperty("start").GetInt32());
        Assert.Equal(14, finding.GetProperty("end").GetInt32());
        Assert.Equal("calque", finding.GetProperty("class").GetString());
        Assert.True(first.GetProperty("mqm").GetProperty("score").GetDouble() < 100);
        using var text = JsonDocument.Parse(blocks[1]);
        var t = text.RootElement[0];
        Assert.Equal([0, 23, 24, 33], t.GetProperty("sentences").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("Il a parlé.", t.GetProperty("align")[1][2].GetString());
        using var last = JsonDocument.Parse(blocks[4]);
        Assert.Equal("error", last.RootElement[1].GetProperty("status").GetString());
        Assert.Equal("feed.jsonl", last.RootElement[1].GetProperty("feed").GetString());
        using var summary = JsonDocument.Parse(Regex.Match(html, "id=\"tqa-summary\">(?<json>[^<]*)</script>").Groups["json"].Value);
        Assert.Equal(6, summary.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(1, summary.RootElement.GetProperty("findings").GetInt32());
        Assert.DoesNotContain("id=\"tqa-trend\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_AddTrendFactsAndNotes()
    {
        using var dir = new TempDir();
        var options = new HtmlReportOptions
        {
            Trend = [new ReportTrendPoint(new DateOnly(2024, 2, 2), 120, 0.9, 340), new ReportTrendPoint(new DateOnly(2024, 2, 3), 130, 0.95, 300)],
            SummaryFacts = s => [new ReportFact("translator characters", "12,345")],
            ArticleNotes = r => r.Article.Id == "a1" ? [new ReportNote("unverified", "character budget spent")] : [],
        };

        var html = await File.ReadAllTextAsync(await SampleResults.WriteAsync(new HtmlReportWriter(dir.Path, "1.0.0", Now, options), [SampleResults.Checked("a1", "Copy."), SampleResults.Checked("a2", "More copy.")]));

        using var trend = JsonDocument.Parse(Regex.Match(html, "id=\"tqa-trend\">(?<json>[^<]*)</script>").Groups["json"].Value);
        Assert.Equal("2024-02-02", trend.RootElement[0].GetProperty("date").GetString());
        Assert.Equal(0.95, trend.RootElement[1].GetProperty("passRate").GetDouble());
        Assert.Contains("\"label\":\"translator characters\",\"value\":\"12,345\"", html, StringComparison.Ordinal);
        Assert.Contains("\"notes\":[{\"label\":\"unverified\",\"detail\":\"character budget spent\"}]", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslatorFigures_AndUnverifiedArticles_AreShownWhenTheVerifyStageRan()
    {
        using var dir = new TempDir();
        var unverified = SampleResults.Checked("a1", "Copy.") with { Verification = new Verification(false, "character budget spent") };
        var verified = SampleResults.Checked("a2", "More copy.") with { Verification = Verification.Done };
        var summary = SampleResults.Summary([unverified, verified]) with { Translator = new TranslatorCost(12345, 600, 3, 12345, 1), Verified = 1, Unverified = 1 };

        var html = await File.ReadAllTextAsync(await SampleResults.WriteAsync(new HtmlReportWriter(dir.Path, "1.0.0", Now), [unverified, verified], summary));

        Assert.Contains("{\"label\":\"translator characters\",\"value\":\"12,345\"}", html, StringComparison.Ordinal);
        Assert.Contains("{\"label\":\"unverified\",\"value\":\"1\"}", html, StringComparison.Ordinal);
        Assert.Contains("{\"label\":\"failed Translator requests\",\"value\":\"1\"}", html, StringComparison.Ordinal);
        Assert.Contains("\"notes\":[{\"label\":\"unverified\",\"detail\":\"character budget spent\"}]", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "\"label\":\"unverified\",\"detail\""));
    }

    [Fact]
    public async Task Text_KeepsItsUtf16Length_SoOffsetsStayRight()
    {
        using var dir = new TempDir();
        var text = "Bad \uD800 surrogate, emoji 😀, control \u0001 and é. The the end.";
        var result = SampleResults.Checked("a1", text, new Flag("The the", "repeated-word"));

        var html = await File.ReadAllTextAsync(await SampleResults.WriteAsync(new HtmlReportWriter(dir.Path, "1.0.0", Now), [result]));

        var blocks = DataBlocks().Matches(html).Select(m => m.Groups["json"].Value).ToList();
        using var t = JsonDocument.Parse(blocks[1]);
        var read = t.RootElement[0].GetProperty("text").GetString()!;
        Assert.Equal(text.Length, read.Length);
        Assert.Equal(text.IndexOf("The the", StringComparison.Ordinal), read.IndexOf("The the", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_AppearsOnlyWhenComplete()
    {
        using var dir = new TempDir();
        await using (var writer = new HtmlReportWriter(dir.Path, "1.0.0", Now))
        {
            writer.WriteArticle(SampleResults.Checked("a1", "Copy."));
            Assert.False(File.Exists(writer.OutputPath));
        }

        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Theory]
    [InlineData("in/fr-en.xlf#fr-en/story", "fr-en.xlf")]
    [InlineData("/data/feed.jsonl:12", "feed.jsonl")]
    [InlineData("/data/agency-fr/story.txt", "agency-fr")]
    [InlineData("story.txt", "story.txt")]
    public void FeedName_FallsBackToTheInputFile(string path, string feed) => Assert.Equal(feed, FeedName.FromPath(path));

    [GeneratedRegex("<script type=\"application/json\"[^>]*>(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlocks();
}
