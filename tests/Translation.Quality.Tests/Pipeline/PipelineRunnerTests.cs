using Moq;
using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Ingest;
using Translation.Quality.Pipeline;
using Translation.Quality.Pipeline.Stages;
using Translation.Quality.Results;
using Translation.Quality.Rules;
using Translation.Quality.Scoring;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Pipeline;

public sealed class PipelineRunnerTests
{
    private static readonly RuleSet Rules = new ConfigLoader().Load(null).Rules;

    private static IReadOnlyList<IArticleStage> Stages(params IArticleStage[] extra) =>
        [new NormaliseStage(), new SegmentStage(null, null), new CheckStage(Rules), .. extra, new ScoreStage(new MqmScorer(new ScoringOptions()))];

    private static async IAsyncEnumerable<IngestItem> Items(int count, Func<int, string>? text = null, TimeSpan? delay = null)
    {
        for (var i = 0; i < count; i++)
        {
            if (delay is { } d)
            {
                await Task.Delay(d);
            }

            yield return new ArticleItem(Analyze.Article(text?.Invoke(i) ?? $"Article {i} was signed on 15/09/2023.", id: $"a{i}") with { Sequence = i });
        }
    }

    [Fact]
    public async Task Run_KeepsInputOrderAcrossParallelWorkers()
    {
        var writer = new CollectingWriter();
        var runner = new PipelineRunner(Stages(), parallelism: 4);

        var outcome = await runner.RunAsync(Items(200, i => i % 7 == 0 ? string.Concat(Enumerable.Repeat("Long text here. ", 400)) : $"Short {i}."), [writer], new ThresholdOptions(), CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"a{i}"), writer.Results.Select(r => r.Article.Id));
        Assert.Equal(200, outcome.Summary.Articles);
        Assert.True(writer.Completed);
    }

    [Fact]
    public async Task Run_AFailingStageOnOneArticleBecomesADiagnosticAndTheRunGoesOn()
    {
        var stage = new Mock<IArticleStage>();
        stage.SetupGet(s => s.Name).Returns("flaky");
        stage.Setup(s => s.Process(It.Is<ArticleWork>(w => w.Article.Id == "a3"), It.IsAny<CancellationToken>()))
            .Throws(new InvalidDataException("corrupt article"));
        var writer = new CollectingWriter();

        var outcome = await new PipelineRunner(Stages(stage.Object), parallelism: 2).RunAsync(Items(6), [writer], new ThresholdOptions(), CancellationToken.None);

        Assert.Equal(6, writer.Results.Count);
        var failed = writer.Results.Single(r => r.Article.Id == "a3");
        Assert.Equal(ArticleStatus.Error, failed.Status);
        Assert.Contains(failed.Diagnostics, d => d.Code == "TQ901" && d.Message.Contains("corrupt article", StringComparison.Ordinal));
        Assert.All(writer.Results.Where(r => r.Article.Id != "a3"), r => Assert.Equal(ArticleStatus.Checked, r.Status));
        Assert.Equal(1, outcome.Summary.Errors);
        Assert.All(writer.Results.Where(r => r.Status == ArticleStatus.Checked), r => Assert.Contains(r.Findings, f => f.Rule == "FR_DATE_DMY"));
    }

    [Fact]
    public async Task Run_CancelledMidwayStillCompletesTheReportsWithWhatWasDone()
    {
        using var cts = new CancellationTokenSource();
        var writer = new CollectingWriter();
        var runner = new PipelineRunner(Stages(), parallelism: 2)
        {
            OnResult = r =>
            {
                if (r.Article.Id == "a5")
                {
                    cts.Cancel();
                }
            },
        };

        var outcome = await runner.RunAsync(Items(10_000, delay: TimeSpan.FromMilliseconds(1)), [writer], new ThresholdOptions(), cts.Token);

        Assert.True(outcome.Summary.Interrupted);
        Assert.True(writer.Completed);
        Assert.InRange(writer.Results.Count, 6, 9_999);
        Assert.Equal(writer.Results.Count, outcome.Summary.Articles);
        Assert.Equal(writer.Results.Count, writer.Results.Select(r => r.Article.Id).Distinct().Count());
    }

    [Fact]
    public async Task Run_IngestFailuresAreReportedAsErrorArticles()
    {
        static async IAsyncEnumerable<IngestItem> Mixed()
        {
            yield return new IngestFailure(0, "feed.jsonl:1", "feed.jsonl:1", "not valid JSON");
            yield return new ArticleItem(Analyze.Article("Fine.", id: "ok") with { Sequence = 1 });
            await Task.CompletedTask;
        }

        var writer = new CollectingWriter();
        var outcome = await new PipelineRunner(Stages()).RunAsync(Mixed(), [writer], new ThresholdOptions(), CancellationToken.None);

        Assert.Equal(ArticleStatus.Error, writer.Results[0].Status);
        Assert.Equal("TQ200", writer.Results[0].Diagnostics[0].Code);
        Assert.Equal(1, outcome.Summary.Errors);
        Assert.Equal(1, outcome.Summary.Checked);
    }

    [Fact]
    public async Task Run_ThresholdIsBrokenWhenTooManyArticlesFail()
    {
        var thresholds = new ThresholdOptions { MaxFailingShare = 0.5 };
        var outcome = await new PipelineRunner(Stages()).RunAsync(Items(4, i => i < 3 ? "On 15/09/2023 the the vote was held." : "A clean sentence."), [new CollectingWriter()], thresholds, CancellationToken.None);

        Assert.Equal(3, outcome.Summary.Failed);
        Assert.Single(outcome.Summary.ThresholdBreaches);
    }

    private sealed class CollectingWriter : IReportWriter
    {
        public List<ArticleResult> Results { get; } = [];

        public bool Completed { get; private set; }

        public string Format => "test";

        public string OutputPath => "memory";

        public void WriteArticle(ArticleResult result) => Results.Add(result);

        public Task CompleteAsync(RunSummary summary, CancellationToken cancellationToken)
        {
            Completed = true;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
