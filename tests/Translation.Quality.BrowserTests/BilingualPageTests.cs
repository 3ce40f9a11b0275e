using Translation.Quality.BrowserTests.Support;
using Translation.Quality.Documents;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class BilingualPageTests : IDisposable
{
    private const string Source = "Le plan prévoit 14.000 suppressions d'emplois.\n\nLe ministre a démissionné jeudi.";
    private const string Target = "The plan provides for 41,000 job cuts.\n\nThe minister resigned on Thursday.";

    private readonly BrowserFixture _browser;
    private readonly TempDir _dir = new();

    public BilingualPageTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ABilingualFinding_LightsItsSourceSpanBesideTheFlaggedOne()
    {
        var article = new Article { Id = "jobs", Path = "feeds/jobs.jsonl:1", SourceLanguage = "fr", TargetLanguage = "en", Text = Target, SourceText = Source };
        var result = SampleResults.Checked(article, new Flag("41,000", "number-mismatch", Severity.Major, "FR_BI_NUMBER_MISMATCH", "The source says '14.000'.", null));
        var start = Source.IndexOf("14.000", StringComparison.Ordinal);
        result = result with { Findings = [result.Findings[0] with { Source = new SourceSpan(start, start + 6, "14.000") }] };
        var html = await TestReports.WriteAsync(_dir.Path, [result]);
        await using var report = await ReportPage.OpenAsync(_browser, html, height: 1200);
        var page = report.Page;

        await page.ClickAsync(".row-item[data-n='0']");
        await page.WaitForSelectorAsync(".rows.bi");
        Assert.Equal("14.000", await page.TextContentAsync(".rows.bi .src mark.srcmark"));
        Assert.Contains("Le plan prévoit", await page.Locator(".rows.bi .row").First.Locator(".src").TextContentAsync(), StringComparison.Ordinal);

        await page.Locator("mark.hl").First.ClickAsync();
        await page.WaitForSelectorAsync(".card");
        Assert.Equal("14.000", await page.TextContentAsync("mark.srcmark.cur"));
        Assert.Contains("14.000", await page.TextContentAsync(".card .srcq"), StringComparison.Ordinal);
        await report.AssertCleanAsync();
    }
}
