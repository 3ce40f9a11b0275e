namespace Translation.Quality.BrowserTests.Support;

/// <summary>Browser tests share one Chromium and run one at a time (a 2-core machine).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
