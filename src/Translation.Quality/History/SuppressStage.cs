using Translation.Quality.Pipeline;
using Translation.Quality.Results;

namespace Translation.Quality.History;

/// <summary>
/// Takes out the findings whose fingerprint a reviewer dismissed, before the score (so MQM is computed
/// once, on what the reports show). Runs on reused articles too: a dismissal may be newer than the
/// check. What was taken out stays on the result for the history to store.
/// </summary>
internal sealed class SuppressStage(HistoryStore store, HistoryJournalOptions options) : IHistoryStage, IReusedArticleStage, ISkippedStageObserver
{
    public string Name => "suppress";

    public void Process(ArticleWork work, CancellationToken cancellationToken)
    {
        // The reuse stage copied a stored entry only after finding none of its fingerprints dismissed.
        if (work.Verbatim is not null)
        {
            return;
        }

        var history = work.History ?? new ArticleHistory { Changes = [.. work.Findings.Select(_ => FindingChange.New)] };
        var all = work.Findings.ToList();
        var kept = new List<Documents.Finding>(all.Count);
        var changes = new List<FindingChange>(all.Count);
        var resolved = new List<string>(history.Resolved.Count);
        if (all.Count > 0 || history.Resolved.Count > 0)
        {
            IReadOnlySet<string> dismissed;
            lock (store.Connection.Gate)
            {
                dismissed = store.ReviewDecisions.Dismissed();
            }

            for (var i = 0; i < all.Count; i++)
            {
                if (!dismissed.Contains(all[i].Fingerprint))
                {
                    kept.Add(all[i]);
                    changes.Add(i < history.Changes.Count ? history.Changes[i] : FindingChange.New);
                }
            }

            resolved.AddRange(history.Resolved.Where(fp => !dismissed.Contains(fp)));
        }

        work.Findings.Clear();
        work.Findings.AddRange(kept);
        work.History = history with
        {
            Changes = changes,
            Resolved = resolved,
            Suppressed = all.Count - kept.Count,
            Position = options.IsNightly ? work.Article.Sequence : null,
            Unsuppressed = new UnsuppressedCheck(all, history.Changes, history.Resolved),
        };
    }

    /// <summary>A failed article is suppressed all the same: its report must not show a dismissed finding either.</summary>
    public void Skipped(ArticleWork work, string failedStage) => Process(work, CancellationToken.None);
}
