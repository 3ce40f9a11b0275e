using System.Globalization;
using System.Text.Json;
using Translation.Quality.History;
using Translation.Quality.Pipeline;
using Translation.Quality.Results;

namespace Translation.Quality.Nightly;

/// <summary>
/// <c>tqa merge</c>: one night's shard reports back into one, as if the night had run unsharded:
/// articles in feed order and feed position, totals added up, feed thresholds judged again on the
/// totals; and the shards' histories folded into one history file.
/// </summary>
public static class ReportMerger
{
    private const string ReportFile = "report.json";

    /// <param name="history">The history to fold the shards' histories into; null to leave histories alone.</param>
    /// <exception cref="HistoryException">A folder is not a complete shard report, or the shards do not make one night.</exception>
    public static async Task<RunOutcome> MergeAsync(IReadOnlyList<string> shardFolders, IReadOnlyList<IReportWriter> writers, HistoryStore? history, int trendNights, CancellationToken cancellationToken)
    {
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var folder in shardFolders)
            {
                var path = Path.Combine(folder, ReportFile);
                if (!File.Exists(path))
                {
                    throw new HistoryException($"{folder}: no {ReportFile}; was the shard's run finished?");
                }

                await using var stream = File.OpenRead(path);
                documents.Add(await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false));
            }

            var summaries = documents.Select(d => d.RootElement.GetProperty("summary")).ToList();
            var night = CheckShards(shardFolders, summaries);
            if (history is not null)
            {
                foreach (var folder in shardFolders.Where(f => File.Exists(Path.Combine(f, NightlyRunner.ShardHistoryFile))))
                {
                    history.Import(Path.Combine(folder, NightlyRunner.ShardHistoryFile));
                }
            }

            var feedOrder = summaries[0].GetProperty("feeds").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
            var articles = new List<(int Feed, long Position, JsonElement Article)>();
            foreach (var doc in documents)
            {
                foreach (var a in doc.RootElement.GetProperty("articles").EnumerateArray())
                {
                    var feed = a.TryGetProperty("feed", out var f) ? feedOrder.IndexOf(f.GetString()!) : -1;
                    if (feed < 0 || !a.TryGetProperty("position", out var position))
                    {
                        throw new HistoryException($"article '{a.GetProperty("id").GetString()}' has no feed or position: only nightly shard reports can be merged");
                    }

                    articles.Add((feed, position.GetInt64(), a));
                }
            }

            articles.Sort((x, y) => x.Feed != y.Feed ? x.Feed.CompareTo(y.Feed) : x.Position.CompareTo(y.Position));
            foreach (var (_, _, a) in articles)
            {
                var result = ReportJson.ReadArticle(a);
                foreach (var writer in writers)
                {
                    writer.WriteArticle(result);
                }
            }

            var summary = MergeSummaries(summaries, feedOrder, night, history?.Trend(null, trendNights, night) ?? []);
            foreach (var writer in writers)
            {
                await writer.CompleteAsync(summary, cancellationToken).ConfigureAwait(false);
            }

            return new RunOutcome(summary, [.. writers.Select(w => w.OutputPath)]);
        }
        finally
        {
            foreach (var doc in documents)
            {
                doc.Dispose();
            }
        }
    }

    /// <summary>Every shard of one night, each once, none interrupted.</summary>
    private static string CheckShards(IReadOnlyList<string> folders, List<JsonElement> summaries)
    {
        string? night = null;
        var seen = new SortedSet<int>();
        var count = 0;
        for (var i = 0; i < summaries.Count; i++)
        {
            var s = summaries[i];
            var shardText = s.TryGetProperty("shard", out var sh) ? sh.GetString() : null;
            if (shardText is null || !ShardSpec.TryParse(shardText, out var shard, out _) || !s.TryGetProperty("night", out var n))
            {
                throw new HistoryException($"{folders[i]}: not a shard of a nightly run (its report.json has no night and shard)");
            }

            if (s.GetProperty("interrupted").GetBoolean())
            {
                throw new HistoryException($"{folders[i]}: the shard's run was interrupted; rerun it to finish the night first");
            }

            night ??= n.GetString();
            if (night != n.GetString())
            {
                throw new HistoryException($"{folders[i]}: shard of night {n.GetString()}, but the others are of {night}");
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

    private static RunSummary MergeSummaries(List<JsonElement> summaries, List<string> feedOrder, string night, IReadOnlyList<TrendRow> trend)
    {
        int Sum(string name) => summaries.Sum(s => s.GetProperty(name).GetInt32());
        long SumLong(string name) => summaries.Sum(s => s.GetProperty(name).GetInt64());
        SortedDictionary<string, int> Counts(IEnumerable<JsonElement> parts)
        {
            var total = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var part in parts)
            {
                foreach (var (k, v) in ReportJson.Counts(part))
                {
                    total[k] = total.GetValueOrDefault(k) + v;
                }
            }

            return total;
        }

        var stageTimes = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var s in summaries)
        {
            foreach (var p in s.GetProperty("stageSeconds").EnumerateObject())
            {
                stageTimes[p.Name] = stageTimes.GetValueOrDefault(p.Name) + TimeSpan.FromSeconds(p.Value.GetDouble());
            }
        }

        var feeds = new List<FeedRunSummary>();
        foreach (var name in feedOrder)
        {
            var parts = summaries.SelectMany(s => s.GetProperty("feeds").EnumerateArray()).Where(f => f.GetProperty("name").GetString() == name).ToList();
            int FeedSum(string field) => parts.Sum(f => f.GetProperty(field).GetInt32());
            var thresholds = parts[0].GetProperty("thresholds");
            var bySeverity = Counts(parts.Select(f => f.GetProperty("bySeverity")));
            var maxFailingShare = thresholds.GetProperty("maxFailingShare").GetDouble();
            var maxCritical = thresholds.GetProperty("maxCritical").GetInt32();
            feeds.Add(new FeedRunSummary
            {
                Name = name,
                Articles = FeedSum("articles"),
                Checked = FeedSum("checked"),
                Unchanged = FeedSum("unchanged"),
                Errors = FeedSum("errors"),
                Passed = FeedSum("passed"),
                Failed = FeedSum("failed"),
                Words = parts.Sum(f => f.GetProperty("words").GetInt64()),
                Findings = FeedSum("findings"),
                Suppressed = FeedSum("suppressed"),
                BySeverity = bySeverity,
                ByClass = Counts(parts.Select(f => f.GetProperty("byClass"))),
                MaxFailingShare = maxFailingShare,
                MaxCritical = maxCritical,
                Breaches = FeedThresholds.Breaches(name, FeedSum("passed"), FeedSum("failed"), bySeverity.GetValueOrDefault("critical"), maxFailingShare, maxCritical),
            });
        }

        var changes = summaries.Select(s => s.GetProperty("changes")).ToList();
        return new RunSummary
        {
            Articles = Sum("articles"),
            Checked = Sum("checked"),
            Unchanged = Sum("unchanged"),
            Errors = Sum("errors"),
            Passed = Sum("passed"),
            Failed = Sum("failed"),
            Words = SumLong("words"),
            Characters = SumLong("characters"),
            Findings = Sum("findings"),
            ByClass = Counts(summaries.Select(s => s.GetProperty("byClass"))),
            BySeverity = Counts(summaries.Select(s => s.GetProperty("bySeverity"))),
            ByRule = Counts(summaries.Select(s => s.GetProperty("byRule"))),
            StageTimes = stageTimes,
            Elapsed = TimeSpan.FromSeconds(summaries.Max(s => s.GetProperty("elapsedSeconds").GetDouble())),
            Interrupted = false,
            ThresholdBreaches = [.. feeds.SelectMany(f => f.Breaches)],
            StartedAt = DateTimeOffset.UtcNow,
            History = new HistorySummary
            {
                Night = night,
                Suppressed = Sum("suppressed"),
                New = changes.Sum(c => c.GetProperty("new").GetInt32()),
                Carried = changes.Sum(c => c.GetProperty("carried").GetInt32()),
                Resolved = changes.Sum(c => c.GetProperty("resolved").GetInt32()),
                Feeds = feeds,
                Trend = trend,
            },
        };
    }
}
