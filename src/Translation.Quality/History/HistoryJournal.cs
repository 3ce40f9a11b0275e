using System.Text.Json;
using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Pipeline;
using Translation.Quality.Results;

namespace Translation.Quality.History;

/// <summary>
/// A run's use of the history file. Before checking an article it looks up the article's last
/// successful check (one indexed lookup): same content and same rules means the findings carry over
/// unchanged. A fresh result is diffed against the previous version's fingerprints. Every result is
/// recorded in input order, in batched transactions (so a killed run loses at most one batch, which a
/// rerun redoes), dismissed findings are taken out, and the totals per feed go to the summary.
/// </summary>
public sealed class HistoryJournal : IRunJournal, IDisposable
{
    private const string SelectArticle =
        "SELECT content_hash, rules_key, run_id, status, words, scored, diagnostics, resolved FROM articles WHERE feed = $feed AND article_id = $id";

    private const string SelectFindings =
        "SELECT fingerprint, rule, class, category, severity, start_offset, end_offset, text, sentence, message, suggestion, change, source_start, source_end FROM findings WHERE feed = $feed AND article_id = $id ORDER BY ordinal";

    private readonly HistoryStore _store;
    private readonly HistoryJournalOptions _options;
    private readonly Dictionary<string, (ResultTally Tally, ThresholdOptions Thresholds)> _feeds = new(StringComparer.Ordinal);
    private readonly Timer _flush;

    /// <summary>The hash <see cref="TryReuse"/> computed for an article it could not reuse, for <see cref="Annotate"/>: computed once.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Article, string> _hashes = [];
    private int _pending;
    private int _suppressed;
    private int _new;
    private int _carried;
    private int _resolved;
    private bool _disposed;

    public HistoryJournal(HistoryStore store, HistoryJournalOptions options)
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

    public ArticleResult? TryReuse(Article article, CancellationToken cancellationToken)
    {
        var feed = article.Feed ?? string.Empty;
        var hash = ContentHash.Of(article);
        _hashes.AddOrUpdate(article, hash);
        string status;
        int words;
        bool scored;
        string diagnostics;
        string resolved;
        bool sameRun;
        List<(Finding Finding, FindingChange Change)> stored;
        lock (_store.Gate)
        {
            using (var reader = _store.Command(SelectArticle, ("$feed", feed), ("$id", article.Id)).ExecuteReader())
            {
                if (!reader.Read() || reader.GetString(0) != hash || reader.GetString(1) != _options.RulesKey)
                {
                    return null;
                }

                sameRun = reader.GetString(2) == _options.RunId;
                status = reader.GetString(3);
                words = reader.GetInt32(4);
                scored = reader.GetInt32(5) != 0;
                diagnostics = reader.GetString(6);
                resolved = reader.GetString(7);
            }

            stored = LoadFindings(feed, article.Id, article.SourceText);
        }

        var findings = stored.ConvertAll(s => s.Finding);

        // Recorded earlier in this same (interrupted) run: reproduce it exactly as it was first reported.
        var history = sameRun
            ? new ArticleHistory { Changes = stored.ConvertAll(s => s.Change), Resolved = JsonSerializer.Deserialize<string[]>(resolved) ?? [], ContentHash = hash, Recorded = true }
            : new ArticleHistory { Changes = stored.ConvertAll(_ => FindingChange.Carried), ContentHash = hash };
        return new ArticleResult
        {
            Article = article,
            Status = sameRun && status == "checked" ? ArticleStatus.Checked : ArticleStatus.Unchanged,
            Findings = findings,
            Diagnostics = ReadDiagnostics(diagnostics),
            Words = words,
            Mqm = scored ? _options.Scorer?.Score(findings, words) : null,
            History = history,
        };
    }

    public ArticleResult Annotate(ArticleResult result, CancellationToken cancellationToken)
    {
        var article = result.Article;
        var previous = new List<string>();
        lock (_store.Gate)
        {
            using var reader = _store.Command("SELECT fingerprint FROM findings WHERE feed = $feed AND article_id = $id ORDER BY ordinal", ("$feed", article.Feed ?? string.Empty), ("$id", article.Id)).ExecuteReader();
            while (reader.Read())
            {
                previous.Add(reader.GetString(0));
            }
        }

        // Multiset difference: a fingerprint the previous version had as often is carried, else new.
        var left = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fp in previous)
        {
            left[fp] = left.GetValueOrDefault(fp) + 1;
        }

        var changes = new List<FindingChange>(result.Findings.Count);
        foreach (var f in result.Findings)
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
        var hash = _hashes.TryGetValue(article, out var known) ? known : ContentHash.Of(article);
        _hashes.Remove(article);
        return result with { History = new ArticleHistory { Changes = changes, Resolved = resolved, ContentHash = hash } };
    }

    public ArticleResult Record(ArticleResult result)
    {
        if (_options.IsNightly && result.Article.Feed is null && _options.Origins?.Invoke(result.Article.Sequence) is { } origin)
        {
            // An input that could not be read: the runner knows its run sequence, the feed stream its origin.
            result = result with { Article = result.Article with { Feed = origin.Feed, Sequence = origin.Position } };
        }

        var history = result.History ?? new ArticleHistory { Changes = [.. result.Findings.Select(_ => FindingChange.New)] };
        var findings = new List<Finding>(result.Findings.Count);
        var changes = new List<FindingChange>(result.Findings.Count);
        var resolved = new List<string>(history.Resolved.Count);
        lock (_store.Gate)
        {
            _store.EnsureTransaction();
            Store(result, history);
            for (var i = 0; i < result.Findings.Count; i++)
            {
                var f = result.Findings[i];
                if (!_store.IsDismissed(f.Fingerprint))
                {
                    findings.Add(f);
                    changes.Add(i < history.Changes.Count ? history.Changes[i] : FindingChange.New);
                }
            }

            resolved.AddRange(history.Resolved.Where(fp => !_store.IsDismissed(fp)));
            if (++_pending >= _options.BatchSize || _store.TransactionAge >= _options.BatchInterval)
            {
                _store.Commit();
                _pending = 0;
            }
        }

        var suppressed = result.Findings.Count - findings.Count;
        var mqm = result.Mqm;
        if (suppressed > 0 && mqm is not null && _options.Scorer is { } scorer)
        {
            mqm = scorer.Score(findings, result.Words);
        }

        var final = result with
        {
            Findings = findings,
            Mqm = mqm,
            History = history with
            {
                Changes = changes,
                Resolved = resolved,
                Suppressed = suppressed,
                Position = _options.IsNightly ? result.Article.Sequence : null,
            },
        };
        _suppressed += suppressed;
        _new += changes.Count(c => c == FindingChange.New);
        _carried += changes.Count(c => c == FindingChange.Carried);
        _resolved += resolved.Count;
        if (final.Article.Feed is { } feed && _feeds.TryGetValue(feed, out var tally))
        {
            tally.Tally.Add(final);
        }

        return final;
    }

    public RunSummary Complete(RunSummary summary)
    {
        lock (_store.Gate)
        {
            _store.Commit();
            _pending = 0;
        }

        var now = _options.Time.GetUtcNow();
        var feeds = _feeds.Select(f => FeedRunSummary.From(f.Key, f.Value.Tally, f.Value.Thresholds.MaxFailingShare, f.Value.Thresholds.MaxCritical)).ToList();
        if (!summary.Interrupted)
        {
            foreach (var feed in feeds)
            {
                _store.RecordNight(TrendRow.Of(feed, _options.Night), _options.Shard ?? string.Empty, now);
            }
        }

        var trend = _store.Trend(feed: null, _options.TrendNights, _options.IsNightly ? _options.Night : null, current: _options.IsNightly ? _options.Night : null);
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

    /// <summary>Writes the article's state: what the next run compares against and carries over.</summary>
    private void Store(ArticleResult result, ArticleHistory history)
    {
        var a = result.Article;
        var feed = a.Feed ?? string.Empty;
        var now = HistoryStore.Utc(_options.Time.GetUtcNow());
        if (history.Recorded)
        {
            return;
        }

        // Unchanged: the stored state already says everything (a resumed run finds it unchanged again), so nothing is written.
        if (result.Status == ArticleStatus.Unchanged)
        {
            return;
        }

        // Only a successful check becomes the state to compare against; a failed one is checked again next time.
        if (result.Status != ArticleStatus.Checked || result.HasErrors || history.ContentHash is null)
        {
            return;
        }

        _store.Execute(
            """
            INSERT OR REPLACE INTO articles (feed, article_id, content_hash, rules_key, night, status, words, scored, diagnostics, resolved, checked_utc, run_id)
            VALUES ($feed, $id, $hash, $rules, $night, 'checked', $words, $scored, $diagnostics, $resolved, $now, $run)
            """,
            ("$feed", feed), ("$id", a.Id), ("$hash", history.ContentHash), ("$rules", _options.RulesKey), ("$night", _options.Night),
            ("$words", result.Words), ("$scored", result.Mqm is null ? 0 : 1), ("$diagnostics", WriteDiagnostics(result.Diagnostics)),
            ("$resolved", JsonSerializer.Serialize(history.Resolved)), ("$now", now), ("$run", _options.RunId));
        _store.Execute("DELETE FROM findings WHERE feed = $feed AND article_id = $id", ("$feed", feed), ("$id", a.Id));
        for (var i = 0; i < result.Findings.Count; i++)
        {
            var f = result.Findings[i];
            _store.Execute(
                """
                INSERT INTO findings (feed, article_id, ordinal, fingerprint, rule, class, category, severity, start_offset, end_offset, text, sentence, message, suggestion, change, source_start, source_end)
                VALUES ($feed, $id, $ordinal, $fp, $rule, $class, $category, $severity, $start, $end, $text, $sentence, $message, $suggestion, $change, $sourceStart, $sourceEnd)
                """,
                ("$feed", feed), ("$id", a.Id), ("$ordinal", i), ("$fp", f.Fingerprint), ("$rule", f.Rule), ("$class", f.Class), ("$category", f.Category),
                ("$severity", f.Severity.ToString().ToLowerInvariant()), ("$start", f.Start), ("$end", f.End), ("$text", f.Text), ("$sentence", f.Sentence),
                ("$message", f.Message), ("$suggestion", f.Suggestion), ("$change", FindingChangeNames.Name(i < history.Changes.Count ? history.Changes[i] : FindingChange.New)),
                ("$sourceStart", f.Source?.Start), ("$sourceEnd", f.Source?.End));
        }
    }

    /// <param name="sourceText">The article's source text: a stored source span is read back from it (same content hash, same text).</param>
    private List<(Finding, FindingChange)> LoadFindings(string feed, string id, string? sourceText)
    {
        var list = new List<(Finding, FindingChange)>();
        using var reader = _store.Command(SelectFindings, ("$feed", feed), ("$id", id)).ExecuteReader();
        while (reader.Read())
        {
            list.Add((new Finding
            {
                Fingerprint = reader.GetString(0),
                Rule = reader.GetString(1),
                Class = reader.GetString(2),
                Category = reader.GetString(3),
                Severity = Enum.Parse<Severity>(reader.GetString(4), ignoreCase: true),
                Start = reader.GetInt32(5),
                End = reader.GetInt32(6),
                Text = reader.GetString(7),
                Sentence = reader.GetString(8),
                Message = reader.GetString(9),
                Suggestion = reader.IsDBNull(10) ? null : reader.GetString(10),
                Source = StoredSource(reader, sourceText),
            }, reader.GetString(11) == "carried" ? FindingChange.Carried : FindingChange.New));
        }

        return list;
    }

    private static SourceSpan? StoredSource(Microsoft.Data.Sqlite.SqliteDataReader reader, string? sourceText)
    {
        if (sourceText is null || reader.IsDBNull(12) || reader.IsDBNull(13))
        {
            return null;
        }

        var (start, end) = (reader.GetInt32(12), reader.GetInt32(13));
        return start >= 0 && start <= end && end <= sourceText.Length ? new SourceSpan(start, end, sourceText[start..end]) : null;
    }

    private static string WriteDiagnostics(IReadOnlyList<Diagnostic> diagnostics) =>
        JsonSerializer.Serialize(diagnostics.Select(d => new StoredDiagnostic(d.Code, d.Stage, d.Message, d.IsError)));

    private static List<Diagnostic> ReadDiagnostics(string json) =>
        (JsonSerializer.Deserialize<List<StoredDiagnostic>>(json) ?? []).ConvertAll(d => new Diagnostic(d.Code, d.Stage, d.Message, d.IsError));

    private void FlushIfDue()
    {
        lock (_store.Gate)
        {
            if (!_disposed && _store.InTransaction && _store.TransactionAge >= _options.BatchInterval)
            {
                _store.Commit();
                _pending = 0;
            }
        }
    }

    public void Dispose()
    {
        _flush.Dispose();
        lock (_store.Gate)
        {
            _disposed = true;
            _store.Commit();
        }
    }
}
