using System.Diagnostics;
using System.Globalization;
using System.Text;
using Translation.Quality.BrowserTests.Support;
using Translation.Quality.Tests.Support;
using Xunit.Abstractions;

namespace Translation.Quality.BrowserTests;

/// <summary>
/// A night of 2,000 articles and 20,000 findings must open and filter without freezing. The figures
/// go to the test log and to TestResults/browser/scale.txt; the bounds are loose enough for a busy CI machine.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScaleTests : IDisposable
{
    private const int Articles = 2000;
    private const int FindingsEach = 10;

    private readonly BrowserFixture _browser;
    private readonly ITestOutputHelper _output;
    private readonly TempDir _dir = new();

    public ScaleTests(BrowserFixture browser, ITestOutputHelper output)
    {
        _browser = browser;
        _output = output;
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task TwoThousandArticles_OpenAndFilterWithoutFreezing()
    {
        var write = Stopwatch.StartNew();
        var path = await TestReports.WriteAsync(_dir.Path, [.. TestReports.Large(Articles, FindingsEach)]);
        write.Stop();
        var size = new FileInfo(path).Length;

        var open = Stopwatch.StartNew();
        await using var report = await ReportPage.OpenAsync(_browser, path);
        open.Stop();
        var page = report.Page;
        Assert.Equal(Articles, await report.EvalAsync<int>("() => window.tqa.articleCount()"));
        Assert.Equal(Articles * FindingsEach, await report.EvalAsync<int>("() => window.tqa.findingCount()"));
        var firstPaint = await report.EvalAsync<double>("() => (performance.getEntriesByName('first-contentful-paint')[0] || { startTime: -1 }).startTime");
        var parse = await report.EvalAsync<double>("() => window.tqa.metrics.parseMs");
        var ready = await report.EvalAsync<double>("() => window.tqa.metrics.readyPaintMs");

        // Virtualised: only the rows in view exist, however long the list.
        Assert.InRange(await page.Locator(".row-item").CountAsync(), 1, 60);
        await page.EvalOnSelectorAsync("#list", "l => l.scrollTop = l.scrollHeight");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.row-item .id')].some(e => e.textContent === 'night/01999')");
        Assert.InRange(await page.Locator(".row-item").CountAsync(), 1, 60);

        var filters = new List<(string What, double Sync, double Painted)>
        {
            await Measure(page, "class chip", () => page.ClickAsync(".chip[data-class='calque']")),
            await Measure(page, "+ severity chip", () => page.ClickAsync(".chip[data-severity='critical']")),
            await Measure(page, "clear", () => page.ClickAsync("#clear-filters")),
            await Measure(page, "rule select", () => page.SelectOptionAsync("#f-rule", "R_WRONG_MODAL")),
            await Measure(page, "feed select", () => page.SelectOptionAsync("#f-feed", "agency-2")),
            await Measure(page, "status select", () => page.SelectOptionAsync("#f-status", "failed")),
            await Measure(page, "clear", () => page.ClickAsync("#clear-filters")),
            await Measure(page, "text search (first)", () => page.FillAsync("#search", "night/0150")),
            await Measure(page, "text search", () => page.FillAsync("#search", "sentence 7")),
            await Measure(page, "clear", () => page.ClickAsync("#clear-filters")),
        };
        Assert.Equal(Articles, await report.VisibleCountAsync());

        // j across articles stays quick too.
        var keys = Stopwatch.StartNew();
        for (var i = 0; i < 25; i++)
        {
            await page.Keyboard.PressAsync("j");
        }

        await page.WaitForFunctionAsync("() => (window.tqa.current() || {}).article === 'night/00002'");
        keys.Stop();
        await report.ScreenshotAsync("scale-2000.png");

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"report: {Articles} articles, {Articles * FindingsEach} findings, {size / 1024.0 / 1024.0:0.0} MB, written in {write.ElapsedMilliseconds} ms");
        text.AppendLine(CultureInfo.InvariantCulture, $"first contentful paint: {firstPaint:0} ms; data parsed by the page: {parse:0} ms; list and summary painted: {ready:0} ms after navigation start");
        text.AppendLine(CultureInfo.InvariantCulture, $"open (Playwright goto to ready, wall clock): {open.ElapsedMilliseconds} ms");
        foreach (var (what, sync, painted) in filters)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"filter {what}: {sync:0.0} ms to apply, {painted:0.0} ms to the next frame");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"25 × j across articles: {keys.ElapsedMilliseconds} ms wall clock");
        _output.WriteLine(text.ToString());
        await File.WriteAllTextAsync(Artifacts.File("scale.txt"), text.ToString());

        Assert.InRange(ready, 0, 8000);
        Assert.All(filters, f => Assert.InRange(f.Painted, 0, 1000));
        await report.AssertCleanAsync();
    }

    /// <summary>In-page time from the filter starting to apply to the frame after it.</summary>
    private static async Task<(string, double, double)> Measure(Microsoft.Playwright.IPage page, string what, Func<Task> act)
    {
        var before = await page.EvaluateAsync<int>("() => window.tqa.metrics.filters");
        await act();
        await page.WaitForFunctionAsync($"() => window.tqa.metrics.filters > {before} && window.tqa.metrics.lastFilterPaintMs > 0 && window.tqa.metrics.filtersPainted === window.tqa.metrics.filters", null, new() { Timeout = 30_000 });
        var sync = await page.EvaluateAsync<double>("() => window.tqa.metrics.lastFilterMs");
        var painted = await page.EvaluateAsync<double>("() => window.tqa.metrics.lastFilterPaintMs");
        return (what, sync, painted);
    }
}
