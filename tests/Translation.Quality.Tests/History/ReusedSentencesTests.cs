using System.Text.Json;
using System.Text.RegularExpressions;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.History;

/// <summary>An article reused from history shows in the HTML report with the sentences its check found, not a fresh split.</summary>
public sealed partial class ReusedSentencesTests
{
    [Fact]
    public async Task AReusedArticle_HasTheFirstRunsSentenceBlocksInTheHtmlReport()
    {
        using var setup = new NightlySetup("""
              - name: wire
                path: feed.jsonl
                thresholds: { maxFailingShare: 1 }
            """);
        setup.File("pipeline.yaml", """
            history:
              path: history.db
            reports:
              formats: [json, html]
            feeds:
              - name: wire
                path: feed.jsonl
                thresholds: { maxFailingShare: 1 }
            """);

        // A control character after a full stop: the check splits the text with it blanked, a fresh split of the raw text does not.
        setup.File("feed.jsonl", NightlySetup.GeneratedFeed(3, i => i == 1 ? "The council met on Tuesday.\u0001The budget grew by two percent this year, officials said." : NightlySetup.DefaultText(i)));

        var first = await setup.Nightly("2024-06-01");
        var second = await setup.Nightly("2024-06-02");
        Assert.True(first.Exit == 0, first.Err);
        Assert.True(second.Exit == 0, second.Err);

        var checkedSentences = Sentences(setup.NightFolder("2024-06-01"));
        var reusedSentences = Sentences(setup.NightFolder("2024-06-02"));
        Assert.Equal(3, checkedSentences.Count);
        Assert.Equal([0, 27, 28, 85], checkedSentences[1]);
        Assert.Equal(checkedSentences, reusedSentences);
        using var report = setup.Report(setup.NightFolder("2024-06-02"));
        Assert.All(report.RootElement.GetProperty("articles").EnumerateArray(), a => Assert.Equal("unchanged", a.GetProperty("status").GetString()));
    }

    /// <summary>Each article's sentence bounds (start, end, start, end…) from the report's text data blocks.</summary>
    private static List<int[]> Sentences(string folder)
    {
        var html = File.ReadAllText(Path.Combine(folder, "report.html"));
        var spans = new List<int[]>();
        foreach (Match block in DataBlocks().Matches(html))
        {
            using var doc = JsonDocument.Parse(block.Groups["json"].Value);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            spans.AddRange(doc.RootElement.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("sentences", out _))
                .Select(e => e.GetProperty("sentences").EnumerateArray().Select(n => n.GetInt32()).ToArray()));
        }

        return spans;
    }

    [GeneratedRegex("<script type=\"application/json\"[^>]*>(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlocks();
}
