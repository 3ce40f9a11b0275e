using System.Text.Json;
using Translation.Quality.BrowserTests.Support;
using Translation.Quality.Reports.Html;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ReviewPageTests : IDisposable
{
    private readonly BrowserFixture _browser;
    private readonly TempDir _dir = new();

    public ReviewPageTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task SampleFeed_OpensOffline_WithSummaryListAndBilingualArticle()
    {
        var path = await TestReports.SampleFeedAsync(_dir.Path);
        await using var report = await ReportPage.OpenAsync(_browser, path);
        var page = report.Page;

        Assert.Equal(15, await report.EvalAsync<int>("() => window.tqa.articleCount()"));
        Assert.Equal(15, await report.VisibleCountAsync());
        Assert.Equal("Run summary", await page.TextContentAsync("main h2"));
        Assert.Contains("Quality threshold", await page.TextContentAsync(".banner"), StringComparison.Ordinal);
        Assert.True(await page.Locator(".box h3", new() { HasText = "Findings by class" }).IsVisibleAsync());
        await report.ScreenshotAsync("sample-summary.png");

        // An XLIFF article: the source sentence sits beside its translation, the span highlighted in place.
        await page.ClickAsync(".row-item:has-text('es-en/seville-heatwave')");
        await page.WaitForSelectorAsync(".rows.bi");
        var firstRow = page.Locator(".rows.bi .row").First;
        Assert.Contains("Sevilla registró", await firstRow.Locator(".src").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("Seville recorded", await firstRow.Locator(".tgt").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("44,6", await firstRow.Locator("mark.hl").First.TextContentAsync());

        // The whole article text is there, sentence by sentence, exactly as read.
        var text = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('.rows .tgt')].map(t => t.textContent).join('\\n\\n')");
        Assert.Contains("Health authorities activated the red alert level", text, StringComparison.Ordinal);

        await page.ClickAsync("mark.hl:text-is('realized')");
        var card = page.Locator(".card");
        Assert.Contains("false-friend", await card.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("carried out", await card.Locator(".sugg").TextContentAsync(), StringComparison.Ordinal);
        Assert.StartsWith("#f/", new Uri(page.Url).Fragment, StringComparison.Ordinal);
        Assert.Contains("MQM", await page.TextContentAsync(".mqm"), StringComparison.Ordinal);
        await report.ScreenshotAsync("sample-article.png");
        await report.AssertCleanAsync();
    }

    [Fact]
    public async Task Filters_ChangeWhatIsVisible()
    {
        var path = await TestReports.SampleFeedAsync(_dir.Path);
        await using var report = await ReportPage.OpenAsync(_browser, path);
        var page = report.Page;
        var all = await report.RowIdsAsync();
        Assert.Equal(15, all.Count);

        await page.ClickAsync(".chip[data-class='calque']");
        var calque = await report.RowIdsAsync();
        Assert.NotEmpty(calque);
        Assert.True(calque.Count < all.Count);
        Assert.All(calque, id => Assert.StartsWith("fr-en/", id, StringComparison.Ordinal));
        Assert.Equal("true", await page.GetAttributeAsync(".chip[data-class='calque']", "aria-pressed"));

        // Adding a class widens; a severity narrows within it.
        await page.ClickAsync(".chip[data-class='false-friend']");
        var wider = await report.RowIdsAsync();
        Assert.True(wider.Count > calque.Count);
        await page.ClickAsync(".chip[data-severity='minor']");
        Assert.True((await report.RowIdsAsync()).Count < wider.Count);

        await page.ClickAsync("#clear-filters");
        Assert.Equal(15, (await report.RowIdsAsync()).Count);

        await page.SelectOptionAsync("#f-rule", "DE_THOUSANDS_DOT");
        Assert.All(await report.RowIdsAsync(), id => Assert.StartsWith("de-en/", id, StringComparison.Ordinal));
        await page.ClickAsync("#clear-filters");

        await page.SelectOptionAsync("#f-feed", "agency-fr");
        var fr = await report.RowIdsAsync();
        Assert.NotEmpty(fr);
        Assert.All(fr, id => Assert.StartsWith("fr-en/", id, StringComparison.Ordinal));
        await page.ClickAsync("#clear-filters");

        await page.SelectOptionAsync("#f-status", "failed");
        var failed = await report.RowIdsAsync();
        Assert.Equal(await report.EvalAsync<int>("() => JSON.parse(document.getElementById('tqa-summary').textContent).failed"), failed.Count);
        Assert.DoesNotContain(failed, id => id.Contains("/clean-", StringComparison.Ordinal));
        await page.ClickAsync("#clear-filters");

        // Text search finds words inside articles, not only ids.
        await page.FillAsync("#search", "Leipzig Book Fair");
        await page.WaitForFunctionAsync("() => window.tqa.visibleCount() < 15");
        Assert.All(await report.RowIdsAsync(), id => Assert.Equal("de-en/leipzig-book-fair", id));
        await page.FillAsync("#search", "no such words anywhere");
        await page.WaitForFunctionAsync("() => window.tqa.visibleCount() === 0");
        Assert.Contains("No article matches", await page.TextContentAsync("#list"), StringComparison.Ordinal);
        await report.ScreenshotAsync("filters-empty.png");

        // Inside an open article, findings the filter leaves out are dimmed, not hidden.
        await page.ClickAsync("#clear-filters");
        await page.ClickAsync(".row-item:has-text('de-en/leipzig-book-fair')");
        await page.ClickAsync(".chip[data-class='false-friend']");
        Assert.True(await page.Locator("mark.hl.off").CountAsync() > 0);
        Assert.True(await page.Locator("mark.hl:not(.off)").CountAsync() > 0);
        await report.AssertCleanAsync();
    }

    [Fact]
    public async Task KeyboardJAndK_MoveBetweenFindings_AcrossArticles_AndRespectFilters()
    {
        var path = await TestReports.WriteAsync(_dir.Path, TestReports.Small());
        await using var report = await ReportPage.OpenAsync(_browser, path);
        var page = report.Page;
        var small = TestReports.Small();
        string Fp(int article, int finding) => small[article].Findings[finding].Fingerprint;

        await page.Keyboard.PressAsync("j");
        Assert.Equal(("one", Fp(0, 0)), await report.CurrentAsync());
        Assert.Equal("number one", await page.TextContentAsync("mark.hl.cur"));
        await page.Keyboard.PressAsync("j");
        Assert.Equal(("one", Fp(0, 1)), await report.CurrentAsync());
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        Assert.Equal(("three", Fp(2, 0)), await report.CurrentAsync());
        Assert.Equal("must travel", await page.TextContentAsync("mark.hl.cur"));
        Assert.Equal(Fp(2, 0), await page.GetAttributeAsync(".card", "data-fingerprint"));
        await page.Keyboard.PressAsync("k");
        Assert.Equal(("one", Fp(0, 2)), await report.CurrentAsync());

        // The address names the finding: opening it again lands on the same one.
        var anchor = new Uri(page.Url).Fragment;
        Assert.Equal($"#f/{Fp(0, 2)}/one", anchor);
        await page.Keyboard.PressAsync("s");
        await page.WaitForSelectorAsync(".summary");
        await report.GotoAsync(anchor);
        await page.WaitForSelectorAsync($".card[data-fingerprint='{Fp(0, 2)}']");
        Assert.Equal(("one", Fp(0, 2)), await report.CurrentAsync());
        Assert.Equal("14h30", await page.TextContentAsync("mark.hl.cur"));

        // With a class filter, j skips what the filter leaves out.
        await page.ClickAsync(".chip[data-class='locale-format']");
        await page.ClickAsync(".row-item:has-text('one')");
        await page.Keyboard.PressAsync("j");
        Assert.Equal(("one", Fp(0, 1)), await report.CurrentAsync());
        await page.Keyboard.PressAsync("j");
        Assert.Equal(("one", Fp(0, 2)), await report.CurrentAsync());
        await page.Keyboard.PressAsync("j");
        Assert.Equal(("one", Fp(0, 2)), await report.CurrentAsync());
        Assert.Contains("last finding", await page.TextContentAsync("#toast"), StringComparison.Ordinal);

        // n and p step through articles, clean ones included.
        await page.ClickAsync("#clear-filters");
        await page.Keyboard.PressAsync("n");
        Assert.Equal(("two", null), await report.CurrentAsync());
        await page.Keyboard.PressAsync("n");
        await page.Keyboard.PressAsync("p");
        Assert.Equal(("two", null), await report.CurrentAsync());
        await report.AssertCleanAsync();
    }

    [Fact]
    public async Task Dismiss_IsKeptAcrossReloads_AndExportsTheImportShape()
    {
        var path = await TestReports.WriteAsync(_dir.Path, TestReports.Small());
        await using var report = await ReportPage.OpenAsync(_browser, path);
        var page = report.Page;
        var small = TestReports.Small();

        await page.FillAsync("#reviewer", "mk");
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("j");
        await page.FillAsync(".card .reason", "a job title here, fine");
        await page.ClickAsync(".card button.dismiss");
        Assert.Equal("1", await page.TextContentAsync("#export-count"));
        Assert.Contains("dismissed", await page.GetAttributeAsync("mark.hl >> nth=0", "class"), StringComparison.Ordinal);

        // c confirms the next one from the keyboard.
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("c");
        Assert.Equal("2", await page.TextContentAsync("#export-count"));

        await report.ReloadAsync();
        Assert.Equal("2", await page.TextContentAsync("#export-count"));
        Assert.Equal("mk", await page.InputValueAsync("#reviewer"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export"));
        Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);
        var file = Path.Combine(_dir.Path, "decisions.json");
        await download.SaveAsAsync(file);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        var root = json.RootElement;
        Assert.Equal(["decisions"], root.EnumerateObject().Select(p => p.Name));
        var decisions = root.GetProperty("decisions").EnumerateArray().ToList();
        Assert.Equal(2, decisions.Count);
        var dismissed = decisions.Single(d => d.GetProperty("decision").GetString() == "dismissed");
        Assert.Equal(small[0].Findings[0].Fingerprint, dismissed.GetProperty("fingerprint").GetString());
        Assert.Equal("a job title here, fine", dismissed.GetProperty("reason").GetString());
        Assert.Equal("mk", dismissed.GetProperty("by").GetString());
        Assert.True(DateTimeOffset.TryParse(dismissed.GetProperty("at").GetString(), out var at) && at > DateTimeOffset.UtcNow.AddMinutes(-10));
        var confirmed = decisions.Single(d => d.GetProperty("decision").GetString() == "confirmed");
        Assert.Equal(small[0].Findings[1].Fingerprint, confirmed.GetProperty("fingerprint").GetString());
        Assert.False(confirmed.TryGetProperty("reason", out _));
        Assert.Equal(["fingerprint", "decision", "by", "at"], confirmed.EnumerateObject().Select(p => p.Name));

        // The page's hook gives the same, and the review filter finds what is left to do.
        Assert.Equal(2, await report.EvalAsync<int>("() => window.tqa.exportDecisions().decisions.length"));
        await page.SelectOptionAsync("#f-review", "open");
        Assert.Equal(3, await report.EvalAsync<int>("() => window.tqa.matchingFindings()"));
        await page.SelectOptionAsync("#f-review", "dismissed");
        Assert.Equal(1, await report.EvalAsync<int>("() => window.tqa.matchingFindings()"));

        // Undo forgets the decision.
        await page.SelectOptionAsync("#f-review", "");
        await report.GotoAsync($"#f/{small[0].Findings[0].Fingerprint}/one");
        await page.ClickAsync($".card[data-fingerprint='{small[0].Findings[0].Fingerprint}'] button.undo");
        Assert.Equal("1", await page.TextContentAsync("#export-count"));
        await report.ScreenshotAsync("decisions.png");
        await report.AssertCleanAsync();
    }

    [Fact]
    public async Task TrendChart_ShowsTheNights_OnlyWhenHistoryIsGiven()
    {
        var withTrend = await TestReports.WriteAsync(Path.Combine(_dir.Path, "trend"), TestReports.Small(), new HtmlReportOptions
        {
            Trend = [.. Enumerable.Range(0, 14).Select(i => new ReportTrendPoint(new DateOnly(2024, 1, 21).AddDays(i), 1800 + (i * 20), 0.8 + (i % 5 * 0.03), 9000 - (i * 150)))],
            SummaryFacts = _ => [new ReportFact("translator characters", "1,234,567")],
            ArticleNotes = r => r.Article.Id == "two" ? [new ReportNote("unverified", "the character budget was spent")] : [],
        });
        await using (var report = await ReportPage.OpenAsync(_browser, withTrend))
        {
            Assert.Equal(14, await report.Page.Locator("#trend svg circle").CountAsync());
            Assert.Contains("Last 14 nights", await report.Page.TextContentAsync("#trend h3"), StringComparison.Ordinal);
            Assert.Contains("1,234,567", await report.Page.TextContentAsync(".tiles"), StringComparison.Ordinal);
            Assert.Contains("unverified articles (1)", await report.Page.TextContentAsync(".summary"), StringComparison.Ordinal);
            await report.Page.Locator("#trend").ScrollIntoViewIfNeededAsync();
            await report.ScreenshotAsync("trend.png");
            await report.Page.SelectOptionAsync("#f-status", "note:unverified");
            Assert.Equal(["two"], await report.RowIdsAsync());
            await report.AssertCleanAsync();
        }

        var without = await TestReports.WriteAsync(Path.Combine(_dir.Path, "plain"), TestReports.Small());
        await using (var report = await ReportPage.OpenAsync(_browser, without))
        {
            Assert.Equal(0, await report.Page.Locator("#trend").CountAsync());
            await report.AssertCleanAsync();
        }
    }
}
