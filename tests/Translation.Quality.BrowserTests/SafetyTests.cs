using Translation.Quality.BrowserTests.Support;
using Translation.Quality.Documents;
using Translation.Quality.Reports.Html;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SafetyTests : IDisposable
{
    private const string Text =
        "Officials said </script><script>window.__pwned='text'</script> on Monday. " +
        "The the photo <img src=x onerror=\"window.__pwned='img'\"> was shared. " +
        "See javascript:window.__pwned='js' and </textarea><svg onload=\"window.__pwned='svg'\"> now. " +
        "A comment <!-- opens here <iframe srcdoc=\"<script>parent.__pwned='frame'</script>\"></iframe> and --> closes.";

    private const string Source = "Les responsables <script>window.__pwned='source'</script> ont dit.";

    private readonly BrowserFixture _browser;
    private readonly TempDir _dir = new();

    public SafetyTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task FeedPayloads_RenderAsText_AndNeverRun()
    {
        var article = new Article
        {
            Id = "<img src=x onerror=\"window.__pwned='id'\">",
            Path = "feeds/<script>window.__pwned='path'</script>.jsonl:1",
            SourceLanguage = "fr",
            TargetLanguage = "en",
            Text = Text,
            SourceText = Source,
            Feed = "<svg onload=\"window.__pwned='feed'\">",
        };
        var result = SampleResults.Checked(article,
            new Flag("The the", "repeated-word", Severity.Minor, "EN_REPEAT", "<b onmouseover=\"window.__pwned='msg'\">bold</b> repeated", "javascript:window.__pwned='sugg'"),
            new Flag("</textarea><svg onload=\"window.__pwned='svg'\">", "<i>class</i>", Severity.Major, "X</script>", "</script><script>window.__pwned='message'</script>"));
        result = result with { Diagnostics = [new Diagnostic("TQ301", "check", "<img src=x onerror=\"window.__pwned='diag'\">", IsError: false)] };
        var options = new HtmlReportOptions
        {
            SummaryFacts = _ => [new ReportFact("<script>window.__pwned='fact'</script>", "<b>1</b>")],
            ArticleNotes = _ => [new ReportNote("<img src=x onerror=\"window.__pwned='note'\">", "</script><script>window.__pwned='detail'</script>")],
        };
        var path = await TestReports.WriteAsync(_dir.Path, [result, SampleResults.Checked("plain", "Plain copy.")], options);

        await using var report = await ReportPage.OpenAsync(_browser, path);
        var page = report.Page;
        await report.ScreenshotAsync("xss-summary.png", fullPage: true);

        // Open the article and every finding: nothing in them may run.
        await page.ClickAsync(".row-item >> nth=0");
        await page.WaitForSelectorAsync(".rows");
        var marks = await page.Locator("mark.hl").CountAsync();
        Assert.True(marks >= 2);
        for (var i = 0; i < marks; i++)
        {
            await page.Locator("mark.hl").Nth(i).ClickAsync();
            await page.Locator(".card").HoverAsync();
        }

        await page.ClickAsync(".flist li >> nth=1");
        await report.ScreenshotAsync("xss-article.png", fullPage: true);

        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), "a payload ran: " + await page.EvaluateAsync<string>("() => String(window.__pwned)"));

        // The payloads are there, as text a person can read.
        var shown = await page.EvaluateAsync<string>("() => document.getElementById('main').textContent");
        Assert.Contains("</script><script>window.__pwned='text'</script>", shown, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=\"window.__pwned='img'\">", shown, StringComparison.Ordinal);
        Assert.Contains("javascript:window.__pwned='js'", shown, StringComparison.Ordinal);
        Assert.Contains("</textarea><svg onload=", shown, StringComparison.Ordinal);
        Assert.Contains("<!-- opens here <iframe", shown, StringComparison.Ordinal);
        Assert.Contains("<script>window.__pwned='source'</script>", shown, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=\"window.__pwned='id'\">", shown, StringComparison.Ordinal);
        Assert.Contains("</script><script>window.__pwned='message'</script>", shown, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=\"window.__pwned='diag'\">", shown, StringComparison.Ordinal);
        Assert.Contains("</script><script>window.__pwned='detail'</script>", shown, StringComparison.Ordinal);
        Assert.Equal("<img src=x onerror=\"window.__pwned='id'\">", await page.TextContentAsync("main h2"));

        // No element came out of the data: no images, frames, feed-made SVG, links away, or extra scripts.
        Assert.Equal(0, await page.Locator("img, iframe, object, embed, textarea, svg[onload], b[onmouseover]").CountAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('a[href]')].filter(a => !a.getAttribute('href').startsWith('#')).length"));
        Assert.Equal(1, await page.EvaluateAsync<int>("() => [...document.scripts].filter(s => s.type !== 'application/json').length"));

        await page.ClickAsync("#nav-summary");
        // The view changes on the hashchange event, after the click returns.
        await page.WaitForSelectorAsync("#main section.summary");
        var summary = await page.EvaluateAsync<string>("() => document.getElementById('main').textContent");
        Assert.Contains("<script>window.__pwned='fact'</script>", summary, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=\"window.__pwned='note'\">", summary, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"));
        await report.AssertCleanAsync();
    }

    [Fact]
    public async Task Anchors_WithHostileIds_StayInsideThePage()
    {
        var hostile = SampleResults.Checked("x\"/><script>window.__pwned=1</script>#f/..", "The number one spoke.", new Flag("number one"));
        var path = await TestReports.WriteAsync(_dir.Path, [hostile]);

        await using var report = await ReportPage.OpenAsync(_browser, path, "#a/" + Uri.EscapeDataString(hostile.Article.Id));
        var page = report.Page;
        Assert.Equal(hostile.Article.Id, await page.TextContentAsync("main h2"));
        await page.Keyboard.PressAsync("j");
        var href = await page.GetAttributeAsync(".card a.anchor", "href");
        Assert.StartsWith("#f/", href, StringComparison.Ordinal);
        await page.ClickAsync(".card a.anchor");
        Assert.Equal(hostile.Findings[0].Fingerprint, await page.GetAttributeAsync(".card", "data-fingerprint"));
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"));
        await report.AssertCleanAsync();
    }
}
