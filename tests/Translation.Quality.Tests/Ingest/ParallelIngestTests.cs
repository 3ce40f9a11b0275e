using System.Globalization;
using System.Text;
using Translation.Quality.Ingest;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Ingest;

public sealed class ParallelIngestTests
{
    [Fact]
    public async Task OrderedParallel_YieldsInInputOrder_AndReadsAtMostAWindowAhead()
    {
        var pulled = 0;
        async IAsyncEnumerable<int> Source()
        {
            for (var i = 0; i < 200; i++)
            {
                pulled++;
                yield return i;
            }

            await Task.CompletedTask;
        }

        // Later items finish first: the order must come from the input, not from who finishes.
        var results = new List<int>();
        await foreach (var x in OrderedParallel.SelectAsync(Source(), async i => { await Task.Delay((i * 7) % 5); return i * 10; }, window: 8, CancellationToken.None))
        {
            Assert.InRange(pulled, results.Count + 1, results.Count + 8);
            results.Add(x);
        }

        Assert.Equal(Enumerable.Range(0, 200).Select(i => i * 10), results);
    }

    [Fact]
    public async Task FolderOfTxtAndJsonl_ComeInWalkOrderWithConsecutiveSequences_FailuresInPlace()
    {
        using var dir = new TempDir();
        for (var i = 0; i < 60; i++)
        {
            dir.File(string.Create(CultureInfo.InvariantCulture, $"feed/fr-en/a{i:D3}.txt"), string.Create(CultureInfo.InvariantCulture, $"Article {i} was read in order, officials said."));
        }

        dir.Bytes("feed/fr-en/a030.txt", [0x48, 0x69, 0xC3, 0x28]);
        var lines = new StringBuilder();
        for (var i = 0; i < 100; i++)
        {
            lines.Append(i == 50 ? "{broken\n" : string.Create(CultureInfo.InvariantCulture, $"{{\"id\":\"j{i:D3}\",\"sourceLanguage\":\"es\",\"targetLanguage\":\"en\",\"text\":\"Line {i}.\"}}\n"));
        }

        dir.File("feed/m.jsonl", lines.ToString());
        dir.File("feed/z/fr-en/z.txt", "The last one.");

        var items = new List<IngestItem>();
        await foreach (var item in new InputReader(new LanguageDefaults(null, null)).ReadAsync([System.IO.Path.Combine(dir.Path, "feed")]))
        {
            items.Add(item);
        }

        Assert.Equal(Enumerable.Range(0, 161).Select(i => (long)i), items.Select(i => i.Sequence));
        string[] expected = [.. Enumerable.Range(0, 60).Select(i => string.Create(CultureInfo.InvariantCulture, $"a{i:D3}")), .. Enumerable.Range(0, 100).Select(i => string.Create(CultureInfo.InvariantCulture, $"j{i:D3}")), "z"];
        var ids = items.Select(i => i switch { ArticleItem a => a.Article.Id, IngestFailure f => f.Id, _ => "?" }).ToList();
        Assert.Equal(expected.Where((_, n) => n is not 30 and not 110), ids.Where((_, n) => n is not 30 and not 110));
        Assert.Contains("a030", Assert.IsType<IngestFailure>(items[30]).Id, StringComparison.Ordinal);
        Assert.Contains("m.jsonl:51", Assert.IsType<IngestFailure>(items[110]).Path, StringComparison.Ordinal);
        Assert.Equal(159, items.OfType<ArticleItem>().Count());
        Assert.Equal("Article 29 was read in order, officials said.", Assert.IsType<ArticleItem>(items[29]).Article.Text);
        Assert.Equal("Line 99.", Assert.IsType<ArticleItem>(items[159]).Article.Text);
    }
}
