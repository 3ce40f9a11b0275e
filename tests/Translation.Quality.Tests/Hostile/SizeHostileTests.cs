using System.Text;
using Translation.Quality.Ingest;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Hostile;

/// <summary>
/// Inputs far larger than an article: refused with a reason in bounded time and memory, or, when
/// within the limit, checked in time linear in their length. The good articles beside them are checked.
/// </summary>
[Collection(HeavyCollection.Name)]
public sealed class SizeHostileTests
{
    private const int TwentyMegabytes = 20 * 1024 * 1024;

    [Fact]
    public async Task TwentyMegabyteSingleLineArticle_IsRefusedQuicklyWithoutBeingReadAndTheOthersAreChecked()
    {
        using var dir = new TempDir();
        dir.File("in/fr-en/a-before.txt", HostileCopy.Garbled);
        dir.File("in/fr-en/b-huge.txt", Repeat("The minister must travel to Lima on Tuesday, officials said on 15/09/2023, the the number one ", TwentyMegabytes));
        dir.File("in/fr-en/c-after.txt", HostileCopy.Garbled);
        await WarmUpAsync(dir);

        // What a run costs without the huge file (config, rules, reports), so only the file's share is judged.
        using var small = new TempDir();
        small.File("in/fr-en/a-before.txt", HostileCopy.Garbled);
        small.File("in/fr-en/c-after.txt", HostileCopy.Garbled);
        var baseline = GC.GetTotalAllocatedBytes(precise: true);
        await HostileRun.CheckAsync(Path.Combine(small.Path, "out"), [Path.Combine(small.Path, "in")]);
        baseline = GC.GetTotalAllocatedBytes(precise: true) - baseline;

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var run = await HostileRun.CheckAsync(Path.Combine(dir.Path, "out"), [Path.Combine(dir.Path, "in")]);
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated - baseline;
        Assert.Equal(3, run.Exit);
        run.AssertComplete(3);
        EncodingHostileTests.AssertError(run, "b-huge.txt", "at most 2 MB");
        Assert.NotEmpty(HostileRun.Findings(run.Article("a-before.txt")));
        Assert.NotEmpty(HostileRun.Findings(run.Article("c-after.txt")));
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(20), $"took {run.Elapsed}");
        Assert.True(allocated < TwentyMegabytes, $"allocated {allocated / 1e6:0} MB for a file it should not read");
    }

    [Fact]
    public async Task ArticleJustUnderTheLimitWithoutAFullStop_IsCheckedAndEachFindingQuotesOnlyItsNeighbourhood()
    {
        using var dir = new TempDir();
        var text = Repeat("officials said on 15/09/2023, the the number one and ", ArticleLimits.MaxCharacters - 100);
        dir.File("in/fr-en/one-sentence.txt", text);

        var run = await HostileRun.CheckAsync(Path.Combine(dir.Path, "out"), [Path.Combine(dir.Path, "in")]);

        run.AssertComplete(1);
        var article = run.Article("one-sentence.txt");
        Assert.Equal("checked", HostileRun.Status(article));
        var findings = HostileRun.Findings(article).ToList();
        Assert.True(findings.Count > 50_000, $"{findings.Count} findings");
        HostileRun.AssertOffsetsExact(article, text);

        // One 2 MB "sentence": each finding carries a window of it, not all of it (that was 2 MB a finding).
        Assert.All(findings, f => Assert.InRange(f.GetProperty("sentence").GetString()!.Length, 1, 1100));
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(60), $"took {run.Elapsed}");
    }

    [Fact]
    public async Task HugeJsonlLine_IsRefusedByLineWithoutHoldingItAndTheLinesAroundItAreChecked()
    {
        using var dir = new TempDir();
        var huge = HostileCopy.JsonlLine("huge", Repeat("The the talks lasted 2,5 hours. ", TwentyMegabytes));
        var justOver = HostileCopy.JsonlLine("over", Repeat("Fine copy. ", ArticleLimits.MaxCharacters + 10));
        var file = dir.File("in/feed.jsonl", string.Join('\n', HostileCopy.JsonlLine("one", HostileCopy.Garbled), huge, justOver, HostileCopy.JsonlLine("two", HostileCopy.Garbled)) + "\n");
        await WarmUpAsync(dir);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);

        var run = await HostileRun.CheckAsync(Path.Combine(dir.Path, "out"), [file]);

        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Assert.Equal(3, run.Exit);
        run.AssertComplete(4);
        EncodingHostileTests.AssertError(run, "feed.jsonl:2", "line 2: the article is 20");
        EncodingHostileTests.AssertError(run, "feed.jsonl:3", "at most 2 MB");
        Assert.NotEmpty(HostileRun.Findings(run.Article("one")));
        Assert.NotEmpty(HostileRun.Findings(run.Article("two")));
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(20), $"took {run.Elapsed}");

        // The 20 MB line is streamed past, not held: far less than the 40 MB one string of it would take.
        Assert.True(allocated < 150_000_000, $"allocated {allocated / 1e6:0} MB");
    }

    [Fact]
    public async Task DeeplyNestedJsonlLine_IsANamedFailureNotAStackOverflow()
    {
        using var dir = new TempDir();
        var deep = "{\"id\": \"deep\", \"sourceLanguage\": \"fr\", \"targetLanguage\": \"en\", \"text\": \"x\", \"extra\": "
                   + new string('[', 100_000) + new string(']', 100_000) + "}";
        var file = dir.File("in/feed.jsonl", string.Join('\n', deep, HostileCopy.JsonlLine("fine", HostileCopy.Garbled)));

        var run = await HostileRun.CheckAsync(Path.Combine(dir.Path, "out"), [file]);

        Assert.Equal(3, run.Exit);
        run.AssertComplete(2);
        EncodingHostileTests.AssertError(run, "feed.jsonl:1", "depth");
        Assert.NotEmpty(HostileRun.Findings(run.Article("fine")));
    }

    [Fact]
    public async Task ArticleOfAHundredThousandSentences_IsCheckedInLinearTimeWithEveryFinding()
    {
        using var dir = new TempDir();
        var text = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            // Two sentences a line, one with a decimal comma to flag.
            text.Append("Russia. It rose 2,5 percent.\n");
        }

        var lines = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            // Lines that open like an agency-less dateline ("1 -"): the splitter once recursed once a line.
            lines.Append("1 -\n");
        }

        dir.File("in/fr-en/a-sentences.txt", text.ToString());
        dir.File("in/fr-en/b-datelines.txt", lines.ToString());
        dir.File("in/fr-en/c-small.txt", HostileCopy.Garbled);

        var run = await HostileRun.CheckAsync(Path.Combine(dir.Path, "out"), [Path.Combine(dir.Path, "in")]);

        run.AssertComplete(3);
        var article = run.Article("a-sentences.txt");
        Assert.Equal("checked", HostileRun.Status(article));
        Assert.Empty(HostileRun.Diagnostics(article));
        var findings = HostileRun.Findings(article).ToList();
        Assert.Equal(50_000, findings.Count(f => f.GetProperty("text").GetString() == "2,5"));
        Assert.Equal("checked", HostileRun.Status(run.Article("b-datelines.txt")));
        Assert.Empty(HostileRun.Diagnostics(run.Article("b-datelines.txt")));
        Assert.NotEmpty(HostileRun.Findings(run.Article("c-small.txt")));

        // Quadratic work over 100,000 findings took over 90 s; linear takes a few.
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(45), $"took {run.Elapsed}");
    }

    /// <summary>A first run loads models, tagger and rule packs; measured runs must not count that.</summary>
    private static async Task WarmUpAsync(TempDir dir)
    {
        var article = dir.File("warm-up/fr-en/warm.txt", HostileCopy.Garbled);
        await HostileRun.CheckAsync(Path.Combine(dir.Path, "warm-up-out"), [article]);
    }

    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
        {
            text.Append(unit);
        }

        return text.ToString();
    }
}
