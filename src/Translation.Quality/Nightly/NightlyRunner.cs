using Translation.Quality.Config;
using Translation.Quality.History;
using Translation.Quality.Pipeline;
using Translation.Quality.Results;
using Translation.Quality.Scoring;
using Translation.Quality.Yaml;

namespace Translation.Quality.Nightly;

/// <summary>
/// <c>tqa nightly</c>: every configured feed through the pipeline with history, into the night's
/// report folder. A night whose run was killed resumes: articles it recorded come back exactly as
/// they were reported, the rest are checked, so the reports equal an uninterrupted run's.
/// </summary>
public sealed class NightlyRunner
{
    /// <summary>A nightly run judges each feed by its own thresholds, not the run as a whole.</summary>
    private static readonly ThresholdOptions NoRunThreshold = new() { MaxFailingShare = 1, MaxCritical = int.MaxValue };

    private readonly LoadedConfiguration _config;
    private readonly IReadOnlyList<IArticleStage> _stages;
    private readonly Func<string, IReadOnlyList<IReportWriter>> _writers;
    private readonly string _toolVersion;
    private readonly TimeProvider _time;

    /// <param name="writers">Makes the report writers for a folder.</param>
    public NightlyRunner(LoadedConfiguration config, IReadOnlyList<IArticleStage> stages, Func<string, IReadOnlyList<IReportWriter>> writers, string toolVersion, TimeProvider? time = null)
    {
        _config = config;
        _stages = stages;
        _writers = writers;
        _toolVersion = toolVersion;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Each feed with its path resolved against pipeline.yaml's folder.</summary>
    /// <exception cref="ConfigurationException">No feeds, or a feed's path does not exist (named at its line and column).</exception>
    public static IReadOnlyList<(FeedOptions Feed, string Path)> ResolveFeeds(PipelineOptions options)
    {
        if (options.File.StartsWith("(built-in)", StringComparison.Ordinal))
        {
            throw new ConfigurationException([new ConfigError(options.File, 1, 1, "tqa nightly runs the feeds of a pipeline.yaml: pass one with --config")]);
        }

        if (options.Feeds.Count == 0)
        {
            throw new ConfigurationException([new ConfigError(options.File, 1, 1, "no feeds to run: add a 'feeds:' list (name, path, thresholds) to pipeline.yaml and pass it with --config")]);
        }

        var errors = new List<ConfigError>();
        var feeds = new List<(FeedOptions, string)>();
        foreach (var feed in options.Feeds)
        {
            var path = ConfigPaths.Resolve(options, feed.Path);
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                errors.Add(new ConfigError(options.File, feed.Line, feed.Column, $"feed '{feed.Name}': path not found: {path}"));
            }

            feeds.Add((feed, path));
        }

        return errors.Count > 0 ? throw new ConfigurationException(errors) : feeds;
    }

    /// <exception cref="HistoryException">The history file is damaged, read-only or cannot be opened (named, with what to do).</exception>
    public async Task<NightlyOutcome> RunAsync(NightlyRequest request, Action<ArticleResult>? onResult, CancellationToken cancellationToken)
    {
        try
        {
            return await RunWithHistoryAsync(request, onResult, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (HistoryFailure.IsStorage(ex))
        {
            throw HistoryFailure.For(request.HistoryPath, ex);
        }
    }

    private async Task<NightlyOutcome> RunWithHistoryAsync(NightlyRequest request, Action<ArticleResult>? onResult, CancellationToken cancellationToken)
    {
        var options = _config.Options;
        var feeds = ResolveFeeds(options);
        var shardKey = request.Shard?.ToString() ?? string.Empty;
        using var store = HistoryStore.Open(request.HistoryPath);
        var rulesKey = RulesKey.Compute(options, _toolVersion);
        var run = store.StartRun(request.Night, shardKey, _toolVersion, rulesKey, _time.GetUtcNow());
        var folder = NightFolder.For(request.ReportsRoot, request.Night, request.Shard);
        var stream = new FeedStream(feeds, request.Shard);
        using var journal = new HistoryJournal(store, new HistoryJournalOptions
        {
            RunId = run.RunId,
            Night = request.Night,
            RulesKey = rulesKey,
            Scorer = options.Stages.Contains("score") ? new MqmScorer(options.Scoring) : null,
            Feeds = options.Feeds,
            Shard = request.Shard?.ToString(),
            Origins = stream.TakeFailureOrigin,
            BatchSize = options.History.BatchSize,
            BatchInterval = TimeSpan.FromSeconds(options.History.BatchSeconds),
            Time = _time,
        });

        NightFolder.RemoveStaleTemporaries(folder);
        var writers = _writers(folder);
        try
        {
            var runner = new PipelineRunner(_stages, options.Parallelism, _time) { OnResult = onResult, Journal = journal };
            var outcome = await runner.RunAsync(stream.ReadAsync(cancellationToken), writers, NoRunThreshold, cancellationToken).ConfigureAwait(false);
            string? latest = null;

            // Only once the reports are on disk is the night done; a kill before this resumes it.
            if (!outcome.Summary.Interrupted)
            {
                store.CompleteRun(run.RunId, _time.GetUtcNow());
                if (request.Shard is null)
                {
                    latest = NightFolder.UpdateLatest(request.ReportsRoot, request.Night);
                }
                else
                {
                    store.ExportRun(run.RunId, request.Night, shardKey, Path.Combine(folder, ShardHistoryFile));
                }
            }

            return new NightlyOutcome(outcome, folder, run.Resumed, latest);
        }
        finally
        {
            foreach (var writer in writers)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The history a shard leaves beside its reports, for <c>tqa merge</c>.</summary>
    public const string ShardHistoryFile = "history.db";
}
