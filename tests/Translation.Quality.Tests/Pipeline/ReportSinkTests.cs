using System.Text.Json;
using Translation.Quality.Composition;
using Translation.Quality.Config;
using Translation.Quality.Ingest;
using Translation.Quality.Results;
using Translation.Quality.Tests.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Pipeline;

/// <summary>Report sinks are isolated from each other, and the reorder window is bounded.</summary>
public sealed class ReportSinkTests
{
    private static readonly LoadedConfiguration Defaults = new ConfigLoader().Load(null);

    private static async IAsyncEnumerable<IngestItem> Items(int count, Action<int>? onRead = null)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            onRead?.Invoke(i);
            yield return new ArticleItem(Analyze.Article($"Article {i} was signed on 15/09/2023.", id: $"a{i}") with { Sequence = i });
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AThrowingWriter_LeavesTheOthersWrittenAndADiagnosticInTheSummary(bool throwsOnArticle)
    {
        var pipeline = new PipelineBuilder(Defaults).Build();
        var before = new Collecting("before");
        var broken = new Throwing(throwsOnArticle);
        var after = new Collecting("after");

        var outcome = await pipeline.RunAsync(Items(5), [before, broken, after], new ThresholdOptions(), null, null, CancellationToken.None);

        Assert.Equal(5, before.Results.Count);
        Assert.Equal(5, after.Results.Count);
        Assert.NotNull(before.Summary);
        var diagnostic = Assert.Single(outcome.Summary.Diagnostics);
        Assert.Equal("TQ501", diagnostic.Code);
        Assert.True(diagnostic.IsError);
        Assert.Equal($"the broken report (nowhere) was not written: IOException: disk full at {(throwsOnArticle ? "article a1" : "the end")}", diagnostic.Message);
        Assert.Equal(["before.out", "after.out"], outcome.Reports);
        Assert.Equal(throwsOnArticle ? 2 : 5, broken.Seen);

        // A writer completed after the failure sees it in its summary.
        Assert.Equal(throwsOnArticle ? 1 : 0, before.Summary!.Diagnostics.Count);
        Assert.Single(after.Summary!.Diagnostics);
        Assert.Equal(Translation.Quality.Cli.ExitCodes.ArticleErrors, Translation.Quality.Cli.ExitCodes.For(outcome.Summary));
    }

    [Fact]
    public async Task Check_AReportThatCannotBePublished_PublishesNoneAndExits3()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "out");

        // A folder where report.md should go: the set is all or nothing (issue 16), so no report is published.
        Directory.CreateDirectory(Path.Combine(outDir, "report.md"));
        var (exit, _, err) = await CliRunner.Run("check", Path.Combine(RepoPaths.Fixtures, "sample-feed"), "--format", "json,md,junit", "--out", outDir, "--quiet");

        Assert.Equal(3, exit);
        Assert.Contains($"tqa: {Path.Combine(outDir, "report.md")} is a folder", err, StringComparison.Ordinal);
        Assert.Contains("no report was published", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outDir, "report.json")));
        Assert.False(File.Exists(Path.Combine(outDir, "report.junit.xml")));
        Assert.Empty(Directory.GetFileSystemEntries(outDir, "*.tmp"));
    }

    [Fact]
    public async Task AnArticleStuckInAStage_HoldsBackAtMostTheReorderWindow()
    {
        const int window = 4;
        var release = new ManualResetEventSlim();
        var laterDone = new CountdownEvent(window - 1);
        var stuck = new Gate(release, laterDone);
        var runner = new Translation.Quality.Pipeline.PipelineRunner([stuck], parallelism: 2) { ReorderWindow = window };
        var writer = new Collecting("c");
        var maxAhead = 0;
        var readBeyondWindow = new ManualResetEventSlim();

        void OnRead(int index)
        {
            // Read (this one included) but not yet reported.
            maxAhead = Math.Max(maxAhead, index + 1 - writer.Results.Count);
            if (index >= window)
            {
                readBeyondWindow.Set();
            }
        }

        // The first article waits until the next ones are done and reading has had its chance to run
        // ahead; unbounded, it would read past the window at once.
        _ = Task.Run(() =>
        {
            laterDone.Wait();
            readBeyondWindow.Wait(TimeSpan.FromMilliseconds(500));
            release.Set();
        });
        var outcome = await runner.RunAsync(Items(20, OnRead), [writer], new ThresholdOptions(), CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"a{i}"), writer.Results.Select(r => r.Article.Id));
        Assert.Equal(20, outcome.Summary.Articles);
        Assert.Equal(window, maxAhead);
    }

    private sealed class Gate(ManualResetEventSlim release, CountdownEvent laterDone) : Translation.Quality.Pipeline.IArticleStage
    {
        public string Name => "gate";

        public void Process(Translation.Quality.Pipeline.ArticleWork work, CancellationToken cancellationToken)
        {
            if (work.Article.Id == "a0")
            {
                release.Wait(cancellationToken);
            }
            else if (!laterDone.IsSet)
            {
                laterDone.Signal();
            }
        }
    }

    private sealed class Collecting(string name) : IReportWriter
    {
        private readonly Lock _gate = new();

        public List<ArticleResult> Results { get; } = [];

        public RunSummary? Summary { get; private set; }

        public string Format => name;

        public string OutputPath => name + ".out";

        public void WriteArticle(ArticleResult result)
        {
            lock (_gate)
            {
                Results.Add(result);
            }
        }

        public Task CompleteAsync(RunSummary summary, CancellationToken cancellationToken)
        {
            Summary = summary;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class Throwing(bool onArticle) : IReportWriter
    {
        public int Seen { get; private set; }

        public string Format => "broken";

        public string OutputPath => "nowhere";

        public void WriteArticle(ArticleResult result)
        {
            Seen++;
            if (onArticle && result.Article.Id == "a1")
            {
                throw new IOException("disk full at article a1");
            }
        }

        public Task CompleteAsync(RunSummary summary, CancellationToken cancellationToken) =>
            throw new IOException("disk full at the end");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
