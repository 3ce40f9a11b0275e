using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.History;

public sealed class NightlyTrendChartTests
{
    [Fact]
    public async Task Nightly_HtmlReportChartsTheEarlierNightsFromHistory()
    {
        using var setup = new NightlySetup("""
              - { name: wire, path: feed.jsonl }
            reports:
              formats: [json, html]
            """);
        setup.File("feed.jsonl", NightlySetup.GeneratedFeed(6));

        await setup.Nightly("2026-03-01");
        await setup.Nightly("2026-03-02");

        var first = File.ReadAllText(Path.Combine(setup.NightFolder("2026-03-01"), "report.html"));
        var second = File.ReadAllText(Path.Combine(setup.NightFolder("2026-03-02"), "report.html"));
        Assert.DoesNotContain("\"date\":\"2026-03-01\"", first, StringComparison.Ordinal);
        Assert.Contains("id=\"tqa-trend\"", second, StringComparison.Ordinal);
        Assert.Contains("\"date\":\"2026-03-01\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("\"date\":\"2026-03-02\"", second, StringComparison.Ordinal);
    }
}
