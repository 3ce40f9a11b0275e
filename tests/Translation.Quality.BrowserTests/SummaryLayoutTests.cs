using System.Globalization;
using System.Text.Json;
using Translation.Quality.BrowserTests.Support;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.BrowserTests;

/// <summary>
/// The summary page at a laptop's and a desk monitor's width: nothing scrolls sideways, each bar
/// stays inside its card and is as long as its count says, and no class or rule name is cut.
/// The finding card quotes spans the English way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SummaryLayoutTests : IDisposable
{
    // Each bar row as the page lays it out: the label, the bar, the number and the card around them.
    private const string MeasureBars = """
        () => [...document.querySelectorAll('.summary .box')].flatMap(box => {
          const b = box.getBoundingClientRect();
          const pad = parseFloat(getComputedStyle(box).paddingRight);
          return [...box.querySelectorAll('.bars')].flatMap(bars => {
            const kids = [...bars.children];
            const rows = [];
            for (let i = 0; i + 2 < kids.length; i += 3) {
              const [label, bar, n] = kids.slice(i, i + 3).map(e => e.getBoundingClientRect());
              rows.push({
                title: bars.previousElementSibling.textContent,
                key: kids[i].textContent, count: parseInt(kids[i + 2].textContent.replace(/\D/g, ''), 10),
                labelScroll: kids[i].scrollWidth, labelClient: kids[i].clientWidth,
                labelLeft: label.left, labelRight: label.right,
                barLeft: bar.left, barRight: bar.right, barWidth: bar.width,
                nLeft: n.left, nRight: n.right,
                boxLeft: b.left, boxRight: b.right - pad,
              });
            }
            return rows;
          });
        })
        """;

    private readonly BrowserFixture _browser;
    private readonly TempDir _dir = new();

    public SummaryLayoutTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(900)]
    [InlineData(1400)]
    public async Task Summary_FitsTheWidth_BarsInsideTheirCardAndToScale_NamesWhole(int width)
    {
        // Minor findings outnumber major, and major critical: the severity bars are listed by rank, not by count.
        var path = await TestReports.WriteAsync(_dir.Path, [.. TestReports.Large(60, 6)]);
        await using var report = await ReportPage.OpenAsync(_browser, path, "#summary", width: width, height: 900);
        await report.ScreenshotAsync(string.Create(CultureInfo.InvariantCulture, $"summary-{width}.png"), fullPage: true);

        var scroll = await report.EvalAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth, document.getElementById('main').scrollWidth, document.getElementById('main').clientWidth]");
        Assert.True(scroll[0] <= scroll[1], $"the page scrolls sideways at {width} px: scrollWidth {scroll[0]} > clientWidth {scroll[1]}");
        Assert.True(scroll[2] <= scroll[3], $"the summary scrolls sideways at {width} px: scrollWidth {scroll[2]} > clientWidth {scroll[3]}");

        var rows = (await report.EvalAsync<JsonElement>(MeasureBars)).EnumerateArray().Select(Bar.From).ToList();
        Assert.Contains(rows, r => r.Title == "Findings by severity");
        Assert.Contains(rows, r => r.Key == "detached-complement");
        foreach (var r in rows)
        {
            Assert.True(r.LabelScroll <= r.LabelClient, $"{r.Title}: '{r.Key}' is cut ({r.LabelScroll} px of text in {r.LabelClient} px)");
            Assert.True(r.LabelLeft >= r.BoxLeft - 0.5 && r.LabelRight <= r.BoxRight + 0.5, $"{r.Title}: the label '{r.Key}' leaves its card");
            Assert.True(r.BarRight <= r.NLeft + 0.5, $"{r.Title}: the bar of '{r.Key}' runs over its number ({r.BarRight:0.#} > {r.NLeft:0.#})");
            Assert.True(r.BarRight <= r.BoxRight + 0.5 && r.NRight <= r.BoxRight + 0.5, $"{r.Title}: the bar of '{r.Key}' runs out of its card ({r.BarRight:0.#}, number to {r.NRight:0.#}, card to {r.BoxRight:0.#})");
        }

        foreach (var chart in rows.GroupBy(r => r.Title))
        {
            var longest = chart.MaxBy(r => r.Count)!;
            Assert.True(longest.BarWidth > 20, $"{chart.Key}: the longest bar is only {longest.BarWidth:0.#} px");
            foreach (var r in chart)
            {
                var expected = longest.BarWidth * r.Count / longest.Count;
                Assert.True(Math.Abs(r.BarWidth - expected) <= Math.Max(2.5, expected * 0.02), $"{chart.Key}: '{r.Key}' ({r.Count}) is {r.BarWidth:0.#} px, to scale it would be {expected:0.#} px");
            }
        }

        // Stage times are summed over threads: the box says so and shows the wall time beside them.
        var stages = await report.EvalAsync<string>("() => [...document.querySelectorAll('.summary .box')].find(b => b.querySelector('h3').textContent.startsWith('Time per stage')).textContent");
        Assert.Contains("CPU seconds, summed over threads", stages, StringComparison.Ordinal);
        Assert.Contains("whole run (wall time)", stages, StringComparison.Ordinal);

        await report.AssertCleanAsync();
    }

    [Fact]
    public async Task FindingCard_QuotesTheSpanInEnglishMarks_NotGuillemets()
    {
        // tqa flags guillemets in English copy (EN_GUILLEMETS), so its own page must not put them round a span.
        var path = await TestReports.WriteAsync(_dir.Path, TestReports.Small());
        await using var report = await ReportPage.OpenAsync(_browser, path);
        await report.Page.Keyboard.PressAsync("j");
        await report.Page.WaitForSelectorAsync(".card .flagged q");

        var marks = await report.EvalAsync<string[]>("() => { const q = document.querySelector('.card .flagged q'); return [getComputedStyle(q).quotes, q.textContent]; }");
        Assert.Equal("number one", marks[1]);
        Assert.DoesNotContain("\u00AB", marks[0], StringComparison.Ordinal);
        Assert.DoesNotContain("\u00BB", marks[0], StringComparison.Ordinal);
        Assert.Contains("\u201C", marks[0], StringComparison.Ordinal);
        await report.AssertCleanAsync();
    }

    private sealed record Bar(string Title, string Key, int Count, double LabelScroll, double LabelClient, double LabelLeft, double LabelRight, double BarRight, double BarWidth, double NLeft, double NRight, double BoxLeft, double BoxRight)
    {
        public static Bar From(JsonElement e) => new(
            e.GetProperty("title").GetString()!, e.GetProperty("key").GetString()!, e.GetProperty("count").GetInt32(),
            e.GetProperty("labelScroll").GetDouble(), e.GetProperty("labelClient").GetDouble(), e.GetProperty("labelLeft").GetDouble(), e.GetProperty("labelRight").GetDouble(),
            e.GetProperty("barRight").GetDouble(), e.GetProperty("barWidth").GetDouble(), e.GetProperty("nLeft").GetDouble(), e.GetProperty("nRight").GetDouble(),
            e.GetProperty("boxLeft").GetDouble(), e.GetProperty("boxRight").GetDouble());
    }
}
