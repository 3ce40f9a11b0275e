using System.Diagnostics;
using Translation.Quality.Composition;
using Translation.Quality.Config;
using Translation.Quality.History;
using Translation.Quality.Ingest;

namespace Translation.Quality.Benchmarks;

/// <summary>
/// <c>rerun FEED.jsonl HISTORY.db OUT</c>: where an unchanged rerun with history spends its time, step
/// by step in one fresh process (config, pipeline, history, the run, each stage). Run it twice: the
/// first call, with no history file yet, is the first run that fills it.
/// </summary>
public static class RerunProfiler
{
    public static async Task<int> RunAsync(string[] args)
    {
        // No history yet: this process is the first run, which fills it (the rules key names this build).
        var first = !File.Exists(args[1]);
        var process = Process.GetCurrentProcess();
        var lastCpu = process.TotalProcessorTime;
        var lastWall = Stopwatch.GetTimestamp();
        void Step(string name)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            Console.WriteLine($"{name,-44} {(cpu - lastCpu).TotalMilliseconds,8:0} ms CPU {Stopwatch.GetElapsedTime(lastWall).TotalMilliseconds,8:0} ms wall");
            (lastCpu, lastWall) = (cpu, Stopwatch.GetTimestamp());
        }

        var loaded = new ConfigLoader().Load(null);
        Step("load config and rule packs");
        // The tool version is part of the rules key: the CLI's, so the history its first run wrote matches.
        var pipeline = new PipelineBuilder(loaded).UseToolVersion("profile").Build();
        Step("build pipeline");
        _ = pipeline.RulesKey;
        Step("rules key");
        using var store = HistoryStore.Open(args[1]);
        using var journal = pipeline.OpenJournal(store, "profile-" + Guid.NewGuid().ToString("N"), "2026-01-01");
        Step("open history");
        var writers = pipeline.CreateReports(["json"], args[2]);
        var outcome = await pipeline.RunAsync(new InputReader(new LanguageDefaults(null, "en")).ReadAsync([args[0]]), writers, loaded.Options.Thresholds, journal, null, CancellationToken.None);
        foreach (var writer in writers)
        {
            await writer.DisposeAsync();
        }

        Step($"{(first ? "first run" : "rerun")} ({outcome.Summary.Articles} articles)");
        foreach (var (stage, time) in outcome.Summary.StageTimes)
        {
            Console.WriteLine($"  stage {stage,-36} {time.TotalMilliseconds,8:0} ms (summed over threads)");
        }

        if (!first)
        {
            await Breakdown(args, pipeline, store, Step);
        }

        return 0;
    }

    /// <summary>The rerun's per-article work again, one part at a time on one thread (JIT already paid).</summary>
    private static async Task Breakdown(string[] args, QualityPipeline pipeline, HistoryStore store, Action<string> step)
    {
        var articles = new List<Translation.Quality.Documents.Article>();
        await foreach (var item in new InputReader(new LanguageDefaults(null, "en")).ReadAsync([args[0]]))
        {
            if (item is ArticleItem a)
            {
                articles.Add(a.Article);
            }
        }

        step("  read and parse the feed, one thread");
        var hashes = articles.ConvertAll(ContentHash.Of);
        step("  content hashes");
        var key = pipeline.RulesKey;
        var stored = articles.Select((a, i) => store.Articles.Find(a.Feed ?? string.Empty, a.Id, hashes[i], key, a.SourceText)).ToList();
        step($"  history lookups ({stored.Count(s => s is not null)} found)");
        var entries = articles.Select((a, i) => store.Articles.FindEntry(a.Feed ?? string.Empty, a.Id, hashes[i], key)).ToList();
        step($"  stored report entries instead ({entries.Count(e => e is not null)} found)");
        foreach (var a in articles)
        {
            _ = store.Articles.Fingerprints(a.Feed ?? string.Empty, a.Id);
        }

        step("  (findings' fingerprints only, one query each)");
        var results = articles.Select((a, i) => new Translation.Quality.Results.ArticleResult
        {
            Article = a,
            Status = Translation.Quality.Results.ArticleStatus.Unchanged,
            Findings = [.. stored[i]!.Findings.Select(f => f.Finding)],
            Words = stored[i]!.Words,
            History = new Translation.Quality.Results.ArticleHistory { Changes = [.. stored[i]!.Findings.Select(_ => Translation.Quality.Results.FindingChange.Carried)] },
        }).ToList();
        await using (var writer = new Translation.Quality.Reports.JsonReportWriter(args[2] + "-breakdown", "profile", DateTimeOffset.UnixEpoch))
        {
            step("  (results built)");
            foreach (var result in results)
            {
                writer.WriteArticle(result);
            }

            step("  report.json articles serialised");
        }

        await using (var writer = new Translation.Quality.Reports.JsonReportWriter(args[2] + "-entries", "profile", DateTimeOffset.UnixEpoch))
        {
            foreach (var (a, entry) in articles.Zip(entries))
            {
                writer.WriteArticle(new Translation.Quality.Results.ArticleResult { Article = a, Status = Translation.Quality.Results.ArticleStatus.Unchanged, Verbatim = entry?.Entry });
            }

            step("  report.json articles copied from the entries");
        }
    }
}
