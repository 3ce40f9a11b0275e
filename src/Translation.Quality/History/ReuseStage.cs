using Translation.Quality.Pipeline;
using Translation.Quality.Results;

namespace Translation.Quality.History;

/// <summary>
/// The history's first stage: an article with the same content and rules as its last successful
/// check is not checked again; its findings carry over (one indexed lookup). Computes the content
/// hash, once, for the stages after it. Also names the feed of an input that could not be read.
/// </summary>
internal sealed class ReuseStage(HistoryStore store, HistoryJournalOptions options) : IHistoryStage, ISkippedStageObserver
{
    public string Name => "reuse";

    public void Process(ArticleWork work, CancellationToken cancellationToken)
    {
        var hash = ContentHash.Of(work.Article);
        work.ContentHash = hash;
        if (store.Articles.Find(work.Article.Feed ?? string.Empty, work.Article.Id, hash, options.RulesKey) is not { } stored)
        {
            return;
        }

        // Recorded earlier in this same (interrupted) run: reproduce it exactly as it was first reported.
        var sameRun = stored.RunId == options.RunId;
        work.Findings.AddRange(stored.Findings.Select(s => s.Finding));
        work.Diagnostics.AddRange(stored.Diagnostics);
        work.Words = stored.Words;
        work.StoredSentences = stored.Sentences;
        work.Reused = new ReusedArticle(sameRun && stored.Status == "checked" ? ArticleStatus.Checked : ArticleStatus.Unchanged, stored.Scored);
        work.History = sameRun
            ? new ArticleHistory { Changes = [.. stored.Findings.Select(s => s.Change)], Resolved = stored.Resolved, ContentHash = hash, Recorded = true }
            : new ArticleHistory { Changes = [.. stored.Findings.Select(_ => FindingChange.Carried)], ContentHash = hash };
    }

    /// <summary>An input that could not be read: the runner knows its run sequence, the feed stream its origin.</summary>
    public void Skipped(ArticleWork work, string failedStage)
    {
        if (failedStage == "ingest" && options.IsNightly && work.Article.Feed is null && options.Origins?.Invoke(work.Article.Sequence) is { } origin)
        {
            work.Article = work.Article with { Feed = origin.Feed, Sequence = origin.Position };
        }
    }
}
