using Translation.Quality.Pipeline;
using Translation.Quality.Results;

namespace Translation.Quality.History;

/// <summary>
/// Diffs a freshly checked article against its previous version's fingerprints: each finding is new
/// or carried, and a fingerprint the new version no longer has is resolved. Also after a failed stage,
/// on the findings made before it.
/// </summary>
internal sealed class ChangesStage(HistoryStore store) : IHistoryStage, ISkippedStageObserver
{
    public string Name => "changes";

    public void Process(ArticleWork work, CancellationToken cancellationToken)
    {
        var previous = store.Articles.Fingerprints(work.Article.Feed ?? string.Empty, work.Article.Id);

        // Multiset difference: a fingerprint the previous version had as often is carried, else new.
        var left = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fp in previous)
        {
            left[fp] = left.GetValueOrDefault(fp) + 1;
        }

        var changes = new List<FindingChange>(work.Findings.Count);
        foreach (var f in work.Findings)
        {
            if (left.TryGetValue(f.Fingerprint, out var n) && n > 0)
            {
                left[f.Fingerprint] = n - 1;
                changes.Add(FindingChange.Carried);
            }
            else
            {
                changes.Add(FindingChange.New);
            }
        }

        var resolved = previous.Where(fp => left.GetValueOrDefault(fp) > 0).Distinct(StringComparer.Ordinal).ToList();
        work.History = new ArticleHistory { Changes = changes, Resolved = resolved, ContentHash = work.ContentHash ?? ContentHash.Of(work.Article) };
    }

    /// <summary>A stage failed: the findings it left are diffed all the same (an unreadable input has none and no previous version).</summary>
    public void Skipped(ArticleWork work, string failedStage)
    {
        if (failedStage != "ingest")
        {
            Process(work, CancellationToken.None);
        }
    }
}
