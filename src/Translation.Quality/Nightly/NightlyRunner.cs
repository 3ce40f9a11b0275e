using Translation.Quality.Composition;
using Translation.Quality.Config;
using Translation.Quality.Reports.Html;
using Translation.Quality.History;
using Translation.Quality.Pipeline;
using Translation.Quality.Reports;
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

    private readonly QualityPipeline _pipeline;
    private readonly HtmlReportOptions? _html;

    /// <param name="pipeline">The stages, report formats and history choices of the night.</param>
    /// <param name="html">What the HTML report adds (the trend of earlier nights); null for none.</param>
    public NightlyRunner(QualityPipeline pipeline, HtmlReportOptions? html = null)
    {
        _pipeline = pipeline;
        _html = html;
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
        var options = _pipeline.Options;
        var time = _pipeline.Time;
        var feeds = ResolveFeeds(options);
        var shardKey = request.Shard?.ToString() ?? string.Empty;
        using var nightLock = NightLock.Acquire(request.HistoryPath, request.Night, request.Shard);
        using var writerLock = HistoryWriterLock.Acquire(request.HistoryPath, $"tqa nightly {request.Night}{(request.Shard is null ? string.Empty : " shard " + request.Shard)}");
        using var store = HistoryStore.Open(request.HistoryPath);
        var folder = NightFolder.For(request.ReportsRoot, request.Night, request.Shard);
        if (!request.Rerun && store.IsComplete(request.Night, shardKey))
        {
            // A second run would report every finding "carried" over itself and overwrite the night's real report.
            return new NightlyOutcome(new RunOutcome(new RunSummary(), []), folder, Resumed: false, Latest: null) { AlreadyComplete = true };
        }

        var run = store.StartRun(request.Night, shardKey, _pipeline.ToolVersion, _pipeline.RulesKey, time.GetUtcNow());
        var stream = new FeedStream(feeds, request.Shard);
        using var journal = _pipeline.OpenJournal(store, run.RunId, request.Night, options.Feeds, request.Shard?.ToString(), stream.TakeFailureOrigin);

        using var staging = ReportStaging.Begin(folder);
        var writers = _pipeline.CreateReports(options.Reports.Formats, staging.Folder, html: _html);
        try
        {
            var outcome = await _pipeline.RunAsync(stream.ReadAsync(cancellationToken), writers, NoRunThreshold, journal, onResult, cancellationToken).ConfigureAwait(false);
            string? latest = null;

            // All or nothing: a sink that failed (a full disk) leaves the previous reports whole, and the night unfinished.
            var published = outcome.Reports.Count == writers.Count;
            outcome = outcome with { Reports = published ? staging.Publish(outcome.Reports) : [] };

            // Only once the reports are on disk is the night done; a kill before this resumes it.
            if (!outcome.Summary.Interrupted && published)
            {
                store.CompleteRun(run.RunId, time.GetUtcNow());
                if (request.Shard is null)
                {
                    latest = NightFolder.UpdateLatest(request.ReportsRoot, request.Night);
                }
                else
                {
                    store.ExportRun(run.RunId, request.Night, shardKey, Path.Combine(folder, ShardHistoryFile));
                }
            }

            return new NightlyOutcome(outcome, folder, run.Resumed, latest) { Published = published };
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
