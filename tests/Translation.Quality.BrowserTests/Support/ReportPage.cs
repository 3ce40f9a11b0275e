using Microsoft.Playwright;

namespace Translation.Quality.BrowserTests.Support;

/// <summary>
/// A report opened from <c>file://</c> in a fresh browser context (its own localStorage), with
/// everything that should never happen recorded: script errors, CSP violations, requests that
/// leave the file.
/// </summary>
public sealed class ReportPage : IAsyncDisposable
{
    // Runs before the page's own script, outside its CSP.
    private const string Watch = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
        """;

    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];
    private readonly List<string> _requests = [];

    private ReportPage(IBrowserContext context, IPage page, string path)
    {
        _context = context;
        Page = page;
        Path = path;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _problems.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => _problems.Add("page error: " + error);
        page.Request += (_, request) => _requests.Add(request.Url);
    }

    public IPage Page { get; }

    public string Path { get; }

    public string Url => new Uri(Path).AbsoluteUri;

    public static async Task<ReportPage> OpenAsync(BrowserFixture browser, string reportPath, string fragment = "", int width = 1400, int height = 900)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(Watch);
        var report = new ReportPage(context, page, reportPath);
        await report.GotoAsync(fragment);
        return report;
    }

    public async Task GotoAsync(string fragment = "")
    {
        await Page.GotoAsync(Url + fragment);
        await WaitReadyAsync();
    }

    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
        await WaitReadyAsync();
    }

    public Task WaitReadyAsync() => Page.WaitForSelectorAsync("html[data-ready='1']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });

    public Task<T> EvalAsync<T>(string expression) => Page.EvaluateAsync<T>(expression);

    /// <summary>The ids of the article rows the list shows now; all of them must be rendered (a short list).</summary>
    public async Task<IReadOnlyList<string>> RowIdsAsync()
    {
        var ids = await Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.row-item')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top)).map(r => r.querySelector('.id').textContent)");
        Assert.True(ids.Length == await VisibleCountAsync(), "the list renders only the rows in view: use a taller viewport for this test");
        return ids;
    }

    public Task<int> VisibleCountAsync() => EvalAsync<int>("() => window.tqa.visibleCount()");

    /// <summary>
    /// The current finding once it is the expected one, or whatever it is after a few seconds: key
    /// presses are handled on the page's next frames, so an assertion right after one must wait.
    /// </summary>
    public async Task<(string? Article, string? Fingerprint)> CurrentAsync(string? article, string? fingerprint)
    {
        try
        {
            await Page.WaitForFunctionAsync(
                "([a, f]) => { const c = window.tqa.current(); return (c ? c.article : null) === a && (c ? c.fingerprint : null) === f; }",
                new object?[] { article, fingerprint },
                new PageWaitForFunctionOptions { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            // The caller's assertion reports what the page shows instead.
        }

        return await CurrentAsync();
    }

    public async Task<(string? Article, string? Fingerprint)> CurrentAsync()
    {
        var current = await Page.EvaluateAsync<string[]?>("() => { const c = window.tqa.current(); return c ? [c.article, c.fingerprint] : null; }");
        return current is null ? (null, null) : (current[0], current[1]);
    }

    public Task ScreenshotAsync(string name, bool fullPage = false) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.File(name), FullPage = fullPage });

    /// <summary>Fails on any script error, CSP violation or request that is not the file itself (or a blob it made).</summary>
    public async Task AssertCleanAsync()
    {
        var violations = await Page.EvaluateAsync<string[]>("() => window.__violations");
        Assert.Empty(violations);
        Assert.Empty(_problems);
        Assert.All(_requests, url => Assert.True(url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), "request left the file: " + url));
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
