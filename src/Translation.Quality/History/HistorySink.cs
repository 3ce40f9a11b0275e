using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Pipeline;
using Translation.Quality.Reports;
using Translation.Quality.Results;

namespace Translation.Quality.History;

/// <summary>
/// The history as a sink: records every result in input order, in batched transactions (so a killed
/// run loses at most one batch, which a rerun redoes), and at the end adds the run's changes, the
/// totals per feed and the trend to the summary. It changes no result: the stages did that.
/// </summary>
internal sealed class HistorySink : IRecordingSink, IDisposable
{
    private readonly HistoryStore _store;
    private readonly HistoryJournalOptions _options;
    private readonly Dictionary<string, (ResultTally Tally, ThresholdOptions Thresholds)> _feeds = new(StringComparer.Ordinal);
    private readonly Timer _flush;

    /// <summary>One serialiser per worker thread: <see cref="Prepare"/> runs on many at once.</summary>
    [ThreadStatic]
    private static ReportEntryWriter? t_entries;
    private int _pending;
    private int _suppressed;
    private int _new;
    private int _carried;
    private int _resolved;
    private bool _disposed;

    public HistorySink(HistoryStore store, HistoryJournalOptions options)
    {
        _store = store;
        _options = options;
        foreach (var feed in options.Feeds)
        {
            _feeds[feed.Name] = (new ResultTally(), feed.Thresholds);
        }

        // Commits a batch that has waited long enough even when no further result arrives.
        _flush = new Timer(_ => FlushIfDue(), null, options.BatchInterval, options.BatchInterval);
    }

    private HistoryConnection Db => _store.Connection;

    /// <summary>Serialises the entry of an article the history will store, on the worker, in parallel.</summary>
    public ArticleResult Prepare(ArticleResult result) =>
        result.History is { } history && Stored(result, history) && CarriedEntry(result, history) is { } entry ? result with { CarriedEntry = entry } : result;

    public void Record(ArticleResult result)
    {
        var history = result.History ?? new ArticleHistory { Changes = [.. result.Findings.Select(_ => FindingChange.New)] };
        lock (Db.Gate)
        {
            Db.EnsureTransaction();
            Store(result, history, result.CarriedEntry);
            if (++_pending >= _options.BatchSize || Db.TransactionAge >= _options.BatchInterval)
            {
                Db.Commit();
                _pending = 0;
            }
        }

        _suppressed += history.Suppressed;
        _new += history.Changes.Count(c => c == FindingChange.New);
        _carried += history.Changes.Count(c => c == FindingChange.Carried);
        _resolved += history.Resolved.Count;
        if (result.Article.Feed is { } feed && _feeds.TryGetValue(feed, out var tally))
        {
            tally.Tally.Add(result);
        }
    }

    public RunSummary Complete(RunSummary summary)
    {
        lock (Db.Gate)
        {
            Db.Commit();
            _pending = 0;
        }

        var now = _options.Time.GetUtcNow();
        var feeds = _feeds.Select(f => FeedRunSummary.From(f.Key, f.Value.Tally, f.Value.Thresholds.MaxFailingShare, f.Value.Thresholds.MaxCritical)).ToList();
        if (!summary.Interrupted)
        {
            foreach (var feed in feeds)
            {
                _store.Trends.RecordNight(TrendRow.Of(feed, _options.Night), _options.Shard ?? string.Empty, now);
            }
        }

        var trend = _store.Trends.Trend(feed: null, _options.TrendNights, _options.IsNightly ? _options.Night : null, current: _options.IsNightly ? _options.Night : null);
        return summary with
        {
            ThresholdBreaches = [.. summary.ThresholdBreaches, .. feeds.SelectMany(f => f.Breaches)],
            History = new HistorySummary
            {
                Night = _options.IsNightly ? _options.Night : null,
                Shard = _options.Shard,
                Suppressed = _suppressed,
                New = _new,
                Carried = _carried,
                Resolved = _resolved,
                Feeds = feeds,
                Trend = trend,
            },
        };
    }

    /// <summary>
    /// Whether the article's state is written: not when already written under this run or unchanged (the
    /// stored state already says everything, and a resumed run finds it unchanged again), and only for a
    /// successful check (a failed one is checked again next time).
    /// </summary>
    private static bool Stored(ArticleResult result, ArticleHistory history) =>
        !history.Recorded && result.Status == ArticleStatus.Checked && !result.HasErrors && history.ContentHash is not null;

    /// <summary>
    /// The article's report.json entry as an unchanged rerun writes it on the object path: status unchanged,
    /// every change carried, nothing resolved, no verification (a reused article is not verified), findings
    /// as the history reads them back (no annotations, the source span cut from the source text). Null when a
    /// rerun could not copy it: findings dismissed already (the rerun re-reads the dismissed set), diagnostics
    /// (kept as objects), or a rule or class the tally cannot hold.
    /// </summary>
    private static StoredReportEntry? CarriedEntry(ArticleResult result, ArticleHistory history)
    {
        var all = history.Unsuppressed?.Findings ?? result.Findings;
        if (history.Suppressed != 0 || all.Count != result.Findings.Count || result.Diagnostics.Count != 0
            || result.Findings.Any(f => f.Rule.AsSpan().IndexOfAny('\t', '\n') >= 0 || f.Class.AsSpan().IndexOfAny('\t', '\n') >= 0))
        {
            return null;
        }

        var sourceText = result.Article.SourceText;
        var findings = result.Findings.Select(f => f with
        {
            Annotations = [],
            Source = f.Source is { } s && sourceText is not null && s.Start >= 0 && s.Start <= s.End && s.End <= sourceText.Length ? new SourceSpan(s.Start, s.End, sourceText[s.Start..s.End]) : null,
        }).ToList();
        var carried = result with
        {
            Status = ArticleStatus.Unchanged,
            Findings = findings,
            Verification = null,
            History = new ArticleHistory { Changes = [.. findings.Select(_ => FindingChange.Carried)], Position = history.Position },
        };
        t_entries ??= new ReportEntryWriter();
        return new StoredReportEntry(t_entries.Entry(carried), history.Position, result.Mqm, FindingTally.Of(findings));
    }

    /// <summary>Writes the article's state: what the next run compares against and carries over.</summary>
    private void Store(ArticleResult result, ArticleHistory history, StoredReportEntry? entry)
    {
        if (!Stored(result, history) || history.ContentHash is not { } hash)
        {
            return;
        }

        // Dismissed findings are stored too: a dismissal is a view on the finding, not its removal.
        var all = history.Unsuppressed ?? new UnsuppressedCheck(result.Findings, history.Changes, history.Resolved);
        var findings = all.Findings.Select((f, i) => (f, i < all.Changes.Count ? all.Changes[i] : FindingChange.New)).ToList();
        var check = new StoredCheck(hash, _options.RulesKey, _options.Night, _options.RunId, result.Words, result.Mqm is not null, result.Diagnostics, all.Resolved, _options.Time.GetUtcNow())
        {
            Sentences = result.Sentences,
        };
        _store.Articles.Save(result.Article, check, findings, entry);
    }

    private void FlushIfDue()
    {
        lock (Db.Gate)
        {
            if (!_disposed && Db.InTransaction && Db.TransactionAge >= _options.BatchInterval)
            {
                Db.Commit();
                _pending = 0;
            }
        }
    }

    public void Dispose()
    {
        _flush.Dispose();
        lock (Db.Gate)
        {
            _disposed = true;
            Db.Commit();
        }
    }
}
