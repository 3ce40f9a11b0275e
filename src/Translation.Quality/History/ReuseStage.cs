using Translation.Quality.Pipeline;
using Translation.Quality.Results;

namespace Translation.Quality.History;

/// <summary>
/// The history's first stage: an article with the same content and rules as its last successful
/// check is not checked again; its findings carry over (one indexed lookup). Computes the content
/// hash, once, for the stages after it. Also names the feed of an input that could not be read.
/// </summary>
/// <param name="verbatim">
/// The run writes report.json only: an unchanged article whose stored report.json entry still holds
/// (same path and position, none of its fingerprints dismissed since) is copied as it is, without
/// building its findings as objects.
/// </param>
internal sealed class ReuseStage(HistoryStore store, HistoryJournalOptions options, bool verbatim = false) : IHistoryStage, ISkippedStageObserver
{
    public string Name => "reuse";

    public void Process(ArticleWork work, CancellationToken cancellationToken)
    {
        var hash = ContentHash.Of(work.Article);
        work.ContentHash = hash;
        var feed = work.Article.Feed ?? string.Empty;
        if (verbatim && TryEntry(work, feed, hash))
        {
            return;
        }

        if (store.Articles.Find(feed, work.Article.Id, hash, options.RulesKey, work.Article.SourceText) is not { } stored)
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

    /// <summary>The stored entry, when it is what the object path would write today; false sends the article down that path.</summary>
    private bool TryEntry(ArticleWork work, string feed, string hash)
    {
        if (store.Articles.FindEntry(feed, work.Article.Id, hash, options.RulesKey) is not { } stored)
        {
            return false;
        }

        // A resumed run reproduces its own statuses and changes; a moved or reordered input names another
        // path or position than the entry does; a dismissal since changes the findings and the score.
        var position = options.IsNightly ? work.Article.Sequence : (long?)null;
        if (stored.RunId == options.RunId || stored.Path != work.Article.Path || stored.Position != position || AnyDismissed(stored.Fingerprints))
        {
            return false;
        }

        var findings = stored.Entry.Findings;
        work.Words = stored.Words;
        work.Mqm = stored.Mqm;
        work.Verbatim = stored.Entry;
        work.Reused = new ReusedArticle(ArticleStatus.Unchanged, stored.Mqm is not null);
        work.History = new ArticleHistory { Changes = Enumerable.Repeat(FindingChange.Carried, findings).ToArray(), ContentHash = hash, Position = position };
        return true;
    }

    private bool AnyDismissed(string fingerprints)
    {
        if (fingerprints.Length == 0)
        {
            return false;
        }

        IReadOnlySet<string> dismissed;
        lock (store.Connection.Gate)
        {
            dismissed = store.ReviewDecisions.Dismissed();
        }

        return dismissed.Count > 0 && fingerprints.Split('\n').Any(dismissed.Contains);
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
