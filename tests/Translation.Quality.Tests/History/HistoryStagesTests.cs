using Translation.Quality.Composition;
using Translation.Quality.Config;
using Translation.Quality.History;
using Translation.Quality.Ingest;
using Translation.Quality.Results;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.History;

/// <summary>History as stages of the one pipeline: reuse, changes and suppress around the checks, then one score, then the recording sink.</summary>
public sealed class HistoryStagesTests
{
    private const string Text = "The contract was signed on 15/09/2023 in Paris. Prices rose by 3,5 % in March.";

    private static readonly QualityPipeline Pipeline = new PipelineBuilder(new ConfigLoader().Load(null)).Build();

    [Fact]
    public void Around_PutsReuseFirstAndChangesAndSuppressJustBeforeTheScore()
    {
        using var dir = new TempDir();
        using var store = HistoryStore.Open(Path.Combine(dir.Path, "h.db"));
        using var journal = Pipeline.OpenJournal(store, "r1", "2024-01-01");

        var names = journal.Around(Pipeline.Stages).Select(s => s.Name);

        Assert.Equal(["reuse", "normalise", "segment", "align", "check", "changes", "suppress", "score"], names);
    }

    [Fact]
    public async Task ADismissedFinding_LeavesTheReportAndTheScore_ButStaysInTheHistory()
    {
        using var dir = new TempDir();
        using var store = HistoryStore.Open(Path.Combine(dir.Path, "h.db"));
        var first = await Run(store, "r1");
        Assert.Equal(ArticleStatus.Checked, first.Status);
        Assert.True(first.Findings.Count >= 2, "the text must give two findings or more");
        var dismissed = first.Findings[0];
        store.Decide(new ReviewDecision(dismissed.Fingerprint, ReviewDecisionKind.Dismissed, "house style", "ana", DateTimeOffset.UnixEpoch));

        var second = await Run(store, "r2");

        // Reused (same content and rules), the dismissed finding suppressed, and scored once on what is left.
        Assert.Equal(ArticleStatus.Unchanged, second.Status);
        Assert.DoesNotContain(second.Findings, f => f.Fingerprint == dismissed.Fingerprint);
        Assert.Equal(first.Findings.Count - 1, second.Findings.Count);
        Assert.Equal(1, second.History!.Suppressed);
        Assert.Equal(Pipeline.Scorer!.Score(second.Findings, second.Words), second.Mqm);
        Assert.True(second.Mqm!.Penalty < first.Mqm!.Penalty);
        Assert.True(store.HasFinding(dismissed.Fingerprint));
    }

    [Fact]
    public async Task AChangedArticle_IsDiffedAgainstTheStoredFindings_DismissedOnesIncluded()
    {
        using var dir = new TempDir();
        using var store = HistoryStore.Open(Path.Combine(dir.Path, "h.db"));
        var first = await Run(store, "r1");
        var dismissed = first.Findings[0];
        store.Decide(new ReviewDecision(dismissed.Fingerprint, ReviewDecisionKind.Dismissed, "house style", "ana", DateTimeOffset.UnixEpoch));

        var second = await Run(store, "r2", Text + " It was done.");

        Assert.Equal(ArticleStatus.Checked, second.Status);
        Assert.All(second.History!.Changes, c => Assert.Equal(FindingChange.Carried, c));
        Assert.Equal(second.Findings.Count, second.History.Changes.Count);

        // The dismissed fingerprint is neither reported as resolved nor lost: the next version still carries it.
        Assert.Empty(second.History.Resolved);
        Assert.True(store.HasFinding(dismissed.Fingerprint));
    }

    [Fact]
    public async Task HistoryStages_AreNotReportStageTimes_AndAFreshArticleGetsItsSentenceSpans()
    {
        using var dir = new TempDir();
        using var store = HistoryStore.Open(Path.Combine(dir.Path, "h.db"));
        using var journal = Pipeline.OpenJournal(store, "r1", "2024-01-01");
        var results = new List<ArticleResult>();

        var outcome = await Pipeline.RunAsync(Items(Text), [], new ThresholdOptions(), journal, results.Add, CancellationToken.None);

        // The report's stage times keep their keys: the history's stages are not among them.
        Assert.Equal(["ingest", .. Pipeline.StageNames, "report"], outcome.Summary.StageTimes.Keys);
        Assert.Equal(2, results.Single().Sentences!.Count);
    }

    private static async Task<ArticleResult> Run(HistoryStore store, string runId, string text = Text)
    {
        using var journal = Pipeline.OpenJournal(store, runId, "2024-01-01");
        var results = new List<ArticleResult>();
        await Pipeline.RunAsync(Items(text), [], new ThresholdOptions(), journal, results.Add, CancellationToken.None);
        return Assert.Single(results);
    }

    private static async IAsyncEnumerable<IngestItem> Items(string text)
    {
        await Task.Yield();
        yield return new ArticleItem(Analyze.Article(text, id: "a1"));
    }
}
