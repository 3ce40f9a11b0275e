using Microsoft.Playwright;

namespace Translation.Quality.BrowserTests.Support;

/// <summary>
/// One headless Chromium for every browser test: Debian's, at /usr/bin/chromium. Playwright's
/// driver ships inside its NuGet package; no browser is ever downloaded. Without Chromium the
/// tests fail, saying how to install it, rather than skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}, and the browser tests need it. Install Debian's package: " +
                "'apt-get update && apt-get install -y chromium' (.ci/run does this). These tests never download a browser.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
