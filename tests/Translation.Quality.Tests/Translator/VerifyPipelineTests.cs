using Moq;
using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Ingest;
using Translation.Quality.Pipeline;
using Translation.Quality.Pipeline.Stages;
using Translation.Quality.Results;
using Translation.Quality.Translator;

namespace Translation.Quality.Tests.Translator;

/// <summary>The runner awaits the verify stage and keeps its fault isolation and its verdicts.</summary>
public sealed class VerifyPipelineTests
{
    private static Article Article(string id, long sequence) => new()
    {
        Id = id,
        Path = id,
        SourceLanguage = "fr",
        TargetLanguage = "en",
        Text = "The unions welcomed the measure on Tuesday in Paris.",
        SourceText = "Les syndicats ont salué la mesure mardi à Paris.",
        Sequence = sequence,
    };

    private static async IAsyncEnumerable<IngestItem> Items()
    {
        await Task.Yield();
        yield return new ArticleItem(Article("a0", 0));
        yield return new IngestFailure(1, "broken", "broken.jsonl:2", "not valid JSON");
        yield return new ArticleItem(Article("a2", 2));
    }

    private sealed class Throwing(string name) : IArticleStage
    {
        public string Name => name;

        public void Process(ArticleWork work, CancellationToken cancellationToken)
        {
            if (work.Article.Id == "a2")
            {
                throw new InvalidOperationException("boom");
            }
        }
    }

    private sealed class Collecting : IReportWriter
    {
        public List<ArticleResult> Results { get; } = [];

        public RunSummary? Summary { get; private set; }

        public string Format => "test";

        public string OutputPath => "-";

        public void WriteArticle(ArticleResult result) => Results.Add(result);

        public Task CompleteAsync(RunSummary summary, CancellationToken cancellationToken)
        {
            Summary = summary;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Every_article_gets_a_verdict_even_when_an_earlier_stage_or_the_input_failed()
    {
        var client = new Mock<ITextTranslationClient>();
        client.Setup(c => c.TranslateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<IEnumerable<string>>(), It.IsAny<string?>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .Returns(async (IEnumerable<string> _, IEnumerable<string> texts, string? _, Guid? _, CancellationToken ct) =>
            {
                await Task.Delay(20, ct);
                return new TranslatorResponse<IReadOnlyList<TranslatedTextItem>>([.. texts.Select(t => new TranslatedTextItem(null, [new TranslationText("en", "The unions welcomed the measure on Tuesday in Paris.")]))], null, Guid.NewGuid(), 40);
            });
        var options = new TranslatorOptions { Scope = VerifyScope.All, Checks = new VerifyCheckOptions { Language = false, Dictionary = false } };
        var stages = new IArticleStage[] { new SegmentStage(null, null), new Throwing("check"), new VerifyStage(new TranslatorService(client.Object, options), options), new ScoreStage(new Scoring.MqmScorer(new ScoringOptions())) };
        var writer = new Collecting();

        var outcome = await new PipelineRunner(stages, parallelism: 2).RunAsync(Items(), [writer], new ThresholdOptions(), CancellationToken.None);

        Assert.Equal(["a0", "broken", "a2"], writer.Results.Select(r => r.Article.Id));
        Assert.Equal(new Verification(true, null), writer.Results[0].Verification);
        Assert.Equal(new Verification(false, "not verified: the ingest stage failed first"), writer.Results[1].Verification);
        Assert.Equal(new Verification(false, "not verified: the check stage failed first"), writer.Results[2].Verification);
        Assert.Equal(ArticleStatus.Error, writer.Results[2].Status);
        Assert.Equal((1, 2), (outcome.Summary.Verified, outcome.Summary.Unverified));
        Assert.Equal(new TranslatorCost(48, 0, 1, 40, 0), outcome.Summary.Translator);
        Assert.Same(writer.Summary!.Translator, outcome.Summary.Translator);
    }

    [Fact]
    public async Task A_crash_inside_the_verify_stage_is_a_diagnostic_and_the_article_stays_unverified()
    {
        var client = new Mock<ITextTranslationClient>();
        client.Setup(c => c.TranslateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<IEnumerable<string>>(), It.IsAny<string?>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new NullReferenceException("bug"));
        var options = new TranslatorOptions { Scope = VerifyScope.All };
        var runner = new PipelineRunner([new SegmentStage(null, null), new VerifyStage(new TranslatorService(client.Object, options), options)]);

        var result = await runner.ProcessAsync(Article("a0", 0), CancellationToken.None);

        Assert.Equal(ArticleStatus.Error, result.Status);
        Assert.Contains(result.Diagnostics, d => d.Code == "TQ901" && d.Stage == "verify");
        Assert.Equal(new Verification(false, "the verify stage did not finish"), result.Verification);
    }
}
