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
        var sample = await SampleFeedReport.WriteAsync(_dir.Path);
        await using var report = await ReportPage.OpenAsync(_browser, sample.HtmlPath, height: 2000);
        var page = report.Page;

        Assert.Equal(sample.Articles.Count, await report.EvalAsync<int>("() => window.tqa.articleCount()"));
        Assert.Equal(sample.Articles.Sum(a => a.Findings.Count), await report.EvalAsync<int>("() => window.tqa.findingCount()"));
        Assert.Equal(sample.Articles.Select(a => a.Id), await report.RowIdsAsync());
        Assert.Equal("Run summary", await page.TextContentAsync("main h2"));
        Assert.Contains("Quality threshold", await page.TextContentAsync(".banner"), StringComparison.Ordinal);
        Assert.True(await page.Locator(".box h3", new() { HasText = "Findings by class" }).IsVisibleAsync());
        await report.ScreenshotAsync("sample-summary.png");

        // An XLIFF article: each source unit sits beside its translation, the spans highlighted in place.
        var article = sample.Articles.First(a => a.IsXliff && a.Findings.Count > 0);
        await page.ClickAsync($".row-item[data-n='{article.Index}']");
        await page.WaitForSelectorAsync(".rows.bi");
        Assert.Equal(article.Id, await page.TextContentAsync("main h2"));
        var rows = page.Locator(".rows.bi .row");
        Assert.True(await rows.CountAsync() > 1);
        Assert.False(string.IsNullOrWhiteSpace(await rows.First.Locator(".src").TextContentAsync()));
        Assert.False(string.IsNullOrWhiteSpace(await rows.First.Locator(".tgt").TextContentAsync()));
        var marked = string.Concat(await page.Locator("mark.hl").AllTextContentsAsync());
        Assert.All(article.Findings, f => Assert.Contains(f.Text, marked, StringComparison.Ordinal));
        Assert.Contains("MQM", await page.TextContentAsync(".mqm"), StringComparison.Ordinal);

        // A click on a span opens its finding: class, message, suggestion, and a link to it.
        await page.Locator("mark.hl").First.ClickAsync();
        var fingerprint = await page.GetAttributeAsync(".card", "data-fingerprint");
        var finding = article.Findings.Single(f => f.Fingerprint == fingerprint);
        var card = page.Locator(".card");
        Assert.Contains(finding.Class, await card.Locator(".cls").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains(finding.Text, await card.Locator(".flagged").TextContentAsync(), StringComparison.Ordinal);
        if (finding.Suggestion is not null)
        {
            Assert.Contains(finding.Suggestion, await card.Locator(".sugg").TextContentAsync(), StringComparison.Ordinal);
        }

        Assert.StartsWith($"#f/{fingerprint}/", new Uri(page.Url).Fragment, StringComparison.Ordinal);
        await report.ScreenshotAsync("sample-article.png");
        await report.AssertCleanAsync();
    }

    [Fact]
    public async Task Filters_ChangeWhatIsVisible()
    {
        var sample = await SampleFeedReport.WriteAsync(_dir.Path);
        await using var report = await ReportPage.OpenAsync(_browser, sample.HtmlPath, height: 2000);
        var page = report.Page;
        var all = sample.Articles.Select(a => a.Id).ToList();
        Assert.Equal(all, await report.RowIdsAsync());

        // The class found in the fewest articles, then a second one: classes widen, a severity narrows.
        var classes = sample.Articles.SelectMany(a => a.Findings.Select(f => f.Class)).Distinct()
            .OrderBy(c => sample.Articles.Count(a => a.Findings.Any(f => f.Class == c))).ThenBy(c => c, StringComparer.Ordinal).ToList();
        Assert.True(classes.Count >= 2, "the sample feed should show at least two classes");
        var (first, second) = (classes[0], classes[1]);
        await page.ClickAsync($".chip[data-class='{first}']");
        var one = sample.IdsWhere(a => a.Findings.Any(f => f.Class == first));
        Assert.Equal(one, await report.RowIdsAsync());
        Assert.True(one.Count < all.Count);
        Assert.Equal("true", await page.GetAttributeAsync($".chip[data-class='{first}']", "aria-pressed"));
        await page.ClickAsync($".chip[data-class='{second}']");
        Assert.Equal(sample.IdsWhere(a => a.Findings.Any(f => f.Class == first || f.Class == second)), await report.RowIdsAsync());
        await page.ClickAsync(".chip[data-severity='minor']");
        Assert.Equal(sample.IdsWhere(a => a.Findings.Any(f => (f.Class == first || f.Class == second) && f.Severity == "minor")), await report.RowIdsAsync());

        await page.ClickAsync("#clear-filters");
        Assert.Equal(all, await report.RowIdsAsync());

        var rule = sample.Articles.SelectMany(a => a.Findings.Select(f => f.Rule)).GroupBy(r => r).OrderByDescending(g => g.Count()).First().Key;
        await page.SelectOptionAsync("#f-rule", rule);
        Assert.Equal(sample.IdsWhere(a => a.Findings.Any(f => f.Rule == rule)), await report.RowIdsAsync());
        await page.ClickAsync("#clear-filters");

        await page.SelectOptionAsync("#f-feed", "agency-fr");
        var fr = sample.IdsWhere(a => a.Feed == "agency-fr");
        Assert.NotEmpty(fr);
        Assert.Equal(fr, await report.RowIdsAsync());
        await page.ClickAsync("#clear-filters");

        await page.SelectOptionAsync("#f-status", "failed");
        Assert.Equal(sample.IdsWhere(a => a.Pass == false), await report.RowIdsAsync());
        await page.SelectOptionAsync("#f-status", "findings");
        Assert.Equal(sample.IdsWhere(a => a.Findings.Count > 0), await report.RowIdsAsync());
        await page.ClickAsync("#clear-filters");

        // Text search finds words inside articles, not only ids.
        await page.FillAsync("#search", "Leipzig Book Fair");
        await page.WaitForFunctionAsync($"() => window.tqa.visibleCount() < {all.Count}");
        var found = await report.RowIdsAsync();
        Assert.NotEmpty(found);
        Assert.All(found, id => Assert.Equal("de-en/leipzig-book-fair", id));
        await page.FillAsync("#search", "no such words anywhere");
        await page.WaitForFunctionAsync("() => window.tqa.visibleCount() === 0");
        Assert.Contains("No article matches", await page.TextContentAsync("#list"), StringComparison.Ordinal);
        await report.ScreenshotAsync("filters-empty.png");

        // Inside an open article, findings the filter leaves out are dimmed, not hidden.
        await page.ClickAsync("#clear-filters");
        var mixed = sample.Articles.First(a => a.Findings.Select(f => f.Class).Distinct().Count() > 1);
        await page.ClickAsync($".row-item[data-n='{mixed.Index}']");
        await page.ClickAsync($".chip[data-class='{mixed.Findings[0].Class}']");
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
        Assert.Equal(("one", Fp(0, 0)), await report.CurrentAsync("one", Fp(0, 0)));
        Assert.Equal("number one", await page.TextContentAsync("mark.hl.cur"));
        await page.Keyboard.PressAsync("j");
        Assert.Equal(("one", Fp(0, 1)), await report.CurrentAsync("one", Fp(0, 1)));
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        Assert.Equal(("three", Fp(2, 0)), await report.CurrentAsync("three", Fp(2, 0)));
        Assert.Equal("must travel", await page.TextContentAsync("mark.hl.cur"));
        Assert.Equal(Fp(2, 0), await page.GetAttributeAsync(".card", "data-fingerprint"));
        await page.Keyboard.PressAsync("k");
        Assert.Equal(("one", Fp(0, 2)), await report.CurrentAsync("one", Fp(0, 2)));

        // The address names the finding: opening it again lands on the same one.
        var anchor = new Uri(page.Url).Fragment;
        Assert.Equal($"#f/{Fp(0, 2)}/one", anchor);
        await page.Keyboard.PressAsync("s");
        await page.WaitForSelectorAsync(".summary");
        await report.GotoAsync(anchor);
        await page.WaitForSelectorAsync($".card[data-fingerprint='{Fp(0, 2)}']");
        Assert.Equal(("one", Fp(0, 2)), await report.CurrentAsync("one", Fp(0, 2)));
        Assert.Equal("14h30", await page.TextContentAsync("mark.hl.cur"));

        // With a class filter, j skips what the filter leaves out.
        await page.ClickAsync(".chip[data-class='locale-format']");
        await page.ClickAsync(".row-item:has-text('one')");

        // Opening an article renders it on the next frame: wait for it before moving on.
        await page.WaitForFunctionAsync("() => { const c = window.tqa.current(); return c && c.article === 'one'; }");
        await page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");
        await page.Keyboard.PressAsync("j");
        Assert.Equal(("one", Fp(0, 1)), await report.CurrentAsync("one", Fp(0, 1)));
        await page.Keyboard.PressAsync("j");
        Assert.Equal(("one", Fp(0, 2)), await report.CurrentAsync("one", Fp(0, 2)));
        await page.Keyboard.PressAsync("j");
        Assert.Equal(("one", Fp(0, 2)), await report.CurrentAsync("one", Fp(0, 2)));
        Assert.Contains("last finding", await page.TextContentAsync("#toast"), StringComparison.Ordinal);

        // n and p step through articles, clean ones included.
        await page.ClickAsync("#clear-filters");
        await page.Keyboard.PressAsync("n");
        Assert.Equal(("two", null), await report.CurrentAsync("two", null));
        await page.Keyboard.PressAsync("n");
        await page.Keyboard.PressAsync("p");
        Assert.Equal(("two", null), await report.CurrentAsync("two", null));
        await report.AssertCleanAsync();
    }

    [Fact]
    public async Task Dismiss_WithoutAReason_IsNotRecorded_AsTheCliRefusesIt()
    {
        var path = await TestReports.WriteAsync(_dir.Path, TestReports.Small());
        await using var report = await ReportPage.OpenAsync(_browser, path);
        var page = report.Page;

        await page.Keyboard.PressAsync("j");
        await page.ClickAsync(".card button.dismiss");
        Assert.Equal(0, await report.EvalAsync<int>("() => window.tqa.exportDecisions().decisions.length"));
        Assert.Contains("needed", await page.GetAttributeAsync(".card .reason", "class"), StringComparison.Ordinal);

        // From the keyboard too; with a reason it is recorded.
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("d");
        Assert.Equal(0, await report.EvalAsync<int>("() => window.tqa.exportDecisions().decisions.length"));
        await page.FillAsync(".card .reason", "a proper name");
        await page.ClickAsync(".card button.dismiss");
        Assert.Equal(1, await report.EvalAsync<int>("() => window.tqa.exportDecisions().decisions.length"));
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
