using System.Globalization;
using System.Text.Json;
using Translation.Quality.History;
using Translation.Quality.Pipeline;
using Translation.Quality.Reports.Model;
using Translation.Quality.Results;

namespace Translation.Quality.Nightly;

/// <summary>
/// <c>tqa merge</c>: one night's shard reports back into one, as if the night had run unsharded:
/// articles in feed order and feed position, totals added up, feed thresholds judged again on the
/// totals; and the shards' histories folded into one history file. As in a nightly, the night
/// counts as recorded only once its reports are published: until then its runs stay unfinished.
/// </summary>
public static class ReportMerger
{
    private const string ReportFile = "report.json";

    /// <param name="history">The history to fold the shards' histories into; null to leave histories alone.</param>
    /// <exception cref="HistoryException">A folder is not a complete shard report, or the shards do not make one night.</exception>
    /// <returns>The outcome; its reports are none when a writer failed (the night is then not recorded).</returns>
    public static Task<RunOutcome> MergeAsync(IReadOnlyList<string> shardFolders, IReadOnlyList<IReportWriter> writers, HistoryStore? history, int trendNights, CancellationToken cancellationToken) =>
        MergeAsync(shardFolders, _ => writers, history, trendNights, written => written, cancellationToken);

    /// <param name="writersFor">The report writers for the night the shards make up (known once their reports are read), e.g. with that night's trend.</param>
    /// <param name="history">The history to fold the shards' histories into; null to leave histories alone.</param>
    /// <param name="publish">Puts every written report in place and returns where (or throws, leaving the night unrecorded); called only when every writer finished.</param>
    /// <returns>The outcome; its reports are the published ones, none when a writer failed (the night is then not recorded).</returns>
    /// <exception cref="HistoryException">A folder is not a complete shard report, or the shards do not make one night.</exception>
    public static async Task<RunOutcome> MergeAsync(
        IReadOnlyList<string> shardFolders,
        Func<string, IReadOnlyList<IReportWriter>> writersFor,
        HistoryStore? history,
        int trendNights,
        Func<IReadOnlyList<string>, IReadOnlyList<string>> publish,
        CancellationToken cancellationToken)
    {
        var documents = new List<ReportDocument>();
        foreach (var folder in shardFolders)
        {
            documents.Add(await ReadAsync(folder, cancellationToken).ConfigureAwait(false));
        }

        var summaries = documents.Select(d => d.Summary).ToList();
        var night = CheckShards(shardFolders, summaries);

        // Folded in now so the night's own trend shows it, but left unfinished until the reports are out.
        var pending = new List<string>();
        if (history is not null)
        {
            foreach (var folder in shardFolders.Where(f => File.Exists(Path.Combine(f, NightlyRunner.ShardHistoryFile))))
            {
                pending.AddRange(history.ImportPending(Path.Combine(folder, NightlyRunner.ShardHistoryFile)));
            }
        }

        var feedOrder = (summaries[0].Feeds ?? []).Select(f => f.Name).ToList();
        var articles = new List<(int Feed, long Position, ReportArticle Article)>();
        foreach (var a in documents.SelectMany(d => d.Articles))
        {
            var feed = a.Feed is null ? -1 : feedOrder.IndexOf(a.Feed);
            if (feed < 0 || a.Position is not { } position)
            {
                throw new HistoryException($"article '{a.Id}' has no feed or position: only nightly shard reports can be merged");
            }

            articles.Add((feed, position, a));
        }

        articles.Sort((x, y) => x.Feed != y.Feed ? x.Feed.CompareTo(y.Feed) : x.Position.CompareTo(y.Position));

        // Each merged report is written on its own, as in a run: one that fails is a diagnostic.
        var writers = writersFor(night);
        var sinks = new SinkSet(writers);
        foreach (var (_, _, a) in articles)
        {
            sinks.WriteArticle(ReportMapper.ToResult(a));
        }

        var summary = await sinks.CompleteAsync(MergeSummaries(summaries, feedOrder, night, history?.Trend(null, trendNights, night, current: night) ?? [])).ConfigureAwait(false);

        // All or nothing, as in a nightly: a report that failed leaves the night unpublished and unrecorded.
        if (sinks.Written.Count != writers.Count)
        {
            return new RunOutcome(summary, []);
        }

        var published = publish(sinks.Written);
        var now = TimeProvider.System.GetUtcNow();
        foreach (var run in pending)
        {
            history!.CompleteRun(run, now);
        }

        return new RunOutcome(summary, published);
    }

    /// <summary>A shard's report.json in the report model; one that is not there or not a report is a history error naming it.</summary>
    private static async Task<ReportDocument> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, ReportFile);
        if (!File.Exists(path))
        {
            throw new HistoryException($"{folder}: no {ReportFile}; was the shard's run finished?");
        }

        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync(stream, ReportJsonContext.Default.ReportDocument, cancellationToken).ConfigureAwait(false)
                ?? throw new HistoryException($"{path}: not a tqa report");
        }
        catch (JsonException ex)
        {
            throw new HistoryException($"{path}: not a tqa report: {ex.Message}");
        }
    }

    /// <summary>Every shard of one night, each once, none interrupted.</summary>
    private static string CheckShards(IReadOnlyList<string> folders, List<ReportSummary> summaries)
    {
        string? night = null;
        var seen = new SortedSet<int>();
        var count = 0;
        for (var i = 0; i < summaries.Count; i++)
        {
            var s = summaries[i];
            if (s.Shard is not { } shardText || !ShardSpec.TryParse(shardText, out var shard, out _) || s.Night is not { } n)
            {
                throw new HistoryException($"{folders[i]}: not a shard of a nightly run (its report.json has no night and shard)");
            }

            if (s.Interrupted)
            {
                throw new HistoryException($"{folders[i]}: the shard's run was interrupted; rerun it to finish the night first");
            }

            night ??= n;
            if (night != n)
            {
                throw new HistoryException($"{folders[i]}: shard of night {n}, but the others are of {night}");
            }

            if (count != 0 && count != shard!.Count)
            {
                throw new HistoryException($"{folders[i]}: shard {shard} does not belong with shards of {count}");
            }

            count = shard!.Count;
            if (!seen.Add(shard.Index))
            {
                throw new HistoryException($"{folders[i]}: shard {shard} is given twice");
            }
        }

        if (seen.Count != count)
        {
            var missing = Enumerable.Range(1, count).Where(k => !seen.Contains(k)).Select(k => string.Create(CultureInfo.InvariantCulture, $"{k}/{count}"));
            throw new HistoryException($"the night is incomplete: missing shard {string.Join(", ", missing)}");
        }

        return night!;
    }

    private static RunSummary MergeSummaries(List<ReportSummary> summaries, List<string> feedOrder, string night, IReadOnlyList<TrendRow> trend)
    {
        static SortedDictionary<string, int> Counts(IEnumerable<IReadOnlyDictionary<string, int>> parts)
        {
            var total = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var part in parts)
            {
                foreach (var (k, v) in part)
                {
                    total[k] = total.GetValueOrDefault(k) + v;
                }
            }

            return total;
        }

        var stageTimes = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var (stage, seconds) in summaries.SelectMany(s => s.StageSeconds))
        {
            stageTimes[stage] = stageTimes.GetValueOrDefault(stage) + TimeSpan.FromSeconds(seconds);
        }

        var feeds = new List<FeedRunSummary>();
        foreach (var name in feedOrder)
        {
            var parts = summaries.SelectMany(s => s.Feeds ?? []).Where(f => f.Name == name).ToList();
            var bySeverity = Counts(parts.Select(f => f.BySeverity));
            var (maxFailingShare, maxCritical) = parts[0].Thresholds;
            var passed = parts.Sum(f => f.Passed);
            var failed = parts.Sum(f => f.Failed);
            feeds.Add(new FeedRunSummary
            {
                Name = name,
                Articles = parts.Sum(f => f.Articles),
                Checked = parts.Sum(f => f.Checked),
                Unchanged = parts.Sum(f => f.Unchanged),
                Errors = parts.Sum(f => f.Errors),
                Passed = passed,
                Failed = failed,
                Words = parts.Sum(f => f.Words),
                Findings = parts.Sum(f => f.Findings),
                Suppressed = parts.Sum(f => f.Suppressed),
                BySeverity = bySeverity,
                ByClass = Counts(parts.Select(f => f.ByClass)),
                MaxFailingShare = maxFailingShare,
                MaxCritical = maxCritical,
                Breaches = ThresholdEvaluator.Breaches(name, passed, failed, bySeverity.GetValueOrDefault("critical"), maxFailingShare, maxCritical),
            });
        }

        var changes = summaries.Select(s => s.Changes ?? new ReportChanges(0, 0, 0)).ToList();
        return new RunSummary
        {
            Articles = summaries.Sum(s => s.Articles),
            Checked = summaries.Sum(s => s.Checked),
            Unchanged = summaries.Sum(s => s.Unchanged),
            Errors = summaries.Sum(s => s.Errors),
            Passed = summaries.Sum(s => s.Passed),
            Failed = summaries.Sum(s => s.Failed),
            Words = summaries.Sum(s => s.Words),
            Characters = summaries.Sum(s => s.Characters),
            Findings = summaries.Sum(s => s.Findings),
            ByClass = Counts(summaries.Select(s => s.ByClass)),
            BySeverity = Counts(summaries.Select(s => s.BySeverity)),
            ByRule = Counts(summaries.Select(s => s.ByRule)),
            StageTimes = stageTimes,
            Elapsed = TimeSpan.FromSeconds(summaries.Max(s => s.ElapsedSeconds)),
            Interrupted = false,
            ThresholdBreaches = [.. feeds.SelectMany(f => f.Breaches)],
            StartedAt = TimeProvider.System.GetUtcNow(),
            History = new HistorySummary
            {
                Night = night,
                Suppressed = summaries.Sum(s => s.Suppressed ?? 0),
                New = changes.Sum(c => c.New),
                Carried = changes.Sum(c => c.Carried),
                Resolved = changes.Sum(c => c.Resolved),
                Feeds = feeds,
                Trend = trend,
            },
        };
    }
}
