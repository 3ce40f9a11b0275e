using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.History;
using Translation.Quality.Ingest;
using Translation.Quality.Pipeline;
using Translation.Quality.Pipeline.Stages;
using Translation.Quality.Reports;
using Translation.Quality.Reports.Html;
using Translation.Quality.Results;
using Translation.Quality.Rules;
using Translation.Quality.Scoring;

namespace Translation.Quality.Composition;

/// <summary>
/// A pipeline as <see cref="PipelineBuilder"/> made it: its stages, scorer and configuration are
/// fixed. It checks one article (eval, rules diff, segment) or a stream of them into report sinks,
/// with or without history (check, nightly), and makes the sinks and the history journal it uses.
/// </summary>
public sealed class QualityPipeline
{
    /// <summary>Results that may wait for an earlier, slower article before reading pauses.</summary>
    public const int DefaultReorderWindow = 256;

    private readonly IReadOnlyList<IArticleStage> _stages;
    private readonly PipelineRunner _single;
    private readonly int _reorderWindow;

    internal QualityPipeline(LoadedConfiguration config, IReadOnlyList<IArticleStage> stages, MqmScorer? scorer, TimeProvider time, string toolVersion, int reorderWindow)
    {
        Configuration = config;
        _stages = stages;
        Scorer = scorer;
        Time = time;
        ToolVersion = toolVersion;
        _reorderWindow = reorderWindow;
        _single = NewRunner();
    }

    public LoadedConfiguration Configuration { get; }

    public PipelineOptions Options => Configuration.Options;

    /// <summary>The stage objects, in order.</summary>
    internal IReadOnlyList<IArticleStage> Stages => _stages;

    /// <summary>What the first stage starts loading side by side when the first article reaches it (the rules' lexicons and models).</summary>
    internal IReadOnlyList<RuleData> Preload => _stages.Count > 0 && _stages[0] is PreloadingStage first ? first.Data : [];

    /// <summary>The stages that run, in order.</summary>
    public IReadOnlyList<string> StageNames => [.. _stages.Select(s => s.Name)];

    /// <summary>Null when score is not among the stages.</summary>
    public MqmScorer? Scorer { get; }

    public TimeProvider Time { get; }

    public string ToolVersion { get; }

    /// <summary>What a history must match before it reuses an article's findings: rules, options and tool version.</summary>
    public string RulesKey => History.RulesKey.Compute(Options, ToolVersion);

    /// <summary>Runs every stage on one article; any exception becomes a diagnostic, never a crash.</summary>
    public ArticleResult Process(Article article, CancellationToken cancellationToken) => _single.Process(article, cancellationToken);

    public ValueTask<ArticleResult> ProcessAsync(Article article, CancellationToken cancellationToken) => _single.ProcessAsync(article, cancellationToken);

    /// <summary>Runs the stages on one article and hands back what they made (<c>tqa segment</c> shows its analysis); exceptions are not caught.</summary>
    public ArticleAnalysis Analyze(Article article, CancellationToken cancellationToken)
    {
        var work = new ArticleWork(article);
        foreach (var stage in _stages)
        {
            stage.Process(work, cancellationToken);
        }

        return new ArticleAnalysis(work.Analysis, work.Bilingual, [.. work.Findings], [.. work.Diagnostics]);
    }

    /// <summary>
    /// Checks every article into the sinks, in input order, with bounded parallelism and a bounded
    /// reorder window. A sink that fails is a diagnostic in the summary; the others are still written.
    /// </summary>
    /// <param name="history">History: its stages run around the pipeline's, its sink records every result; null for none.</param>
    /// <param name="onResult">Each result as it is emitted in order (progress).</param>
    public Task<RunOutcome> RunAsync(IAsyncEnumerable<IngestItem> items, IReadOnlyList<IReportWriter> sinks, ThresholdOptions thresholds, HistoryJournal? history, Action<ArticleResult>? onResult, CancellationToken cancellationToken)
    {
        // Only report.json can take a stored entry as it is; any other format needs the findings as objects.
        var runner = NewRunner(onResult, history, verbatim: sinks.All(s => s is JsonReportWriter));
        return runner.RunAsync(items, sinks, thresholds, cancellationToken);
    }

    /// <summary>The report writers for <paramref name="formats"/> into <paramref name="outDir"/>.</summary>
    /// <param name="html">What the HTML report adds (trend, Translator figures); null for none.</param>
    /// <exception cref="PipelineBuildException">A format that is not one of <see cref="ReportOptions.KnownFormats"/>.</exception>
    public IReadOnlyList<IReportWriter> CreateReports(IEnumerable<string> formats, string outDir, DateTimeOffset? now = null, HtmlReportOptions? html = null)
    {
        var at = now ?? Time.GetUtcNow();
        var writers = new List<IReportWriter>();
        foreach (var format in formats.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            writers.Add(format.ToLowerInvariant() switch
            {
                "json" => new JsonReportWriter(outDir, ToolVersion, at),
                "md" => new MarkdownReportWriter(outDir),
                "html" => new HtmlReportWriter(outDir, ToolVersion, at, html),
                "junit" => new JUnitReportWriter(outDir, ToolVersion, at),
                _ => throw new PipelineBuildException($"unknown report format '{format}'; expected some of: {string.Join(", ", ReportOptions.KnownFormats)}"),
            });
        }

        return writers;
    }

    /// <summary>The history of one run, under this pipeline's rules key: the stages that reuse, diff and suppress, and the sink that records.</summary>
    /// <param name="feeds">The nightly feeds (per-feed tallies and thresholds); empty for <c>tqa check --history</c>.</param>
    /// <param name="origins">Feed and position of a sequence number whose article could not be read (nightly).</param>
    public HistoryJournal OpenJournal(HistoryStore store, string runId, string night, IReadOnlyList<FeedOptions>? feeds = null, string? shard = null, Func<long, (string Feed, long Position)?>? origins = null) =>
        new(store, new HistoryJournalOptions
        {
            RunId = runId,
            Night = night,
            RulesKey = RulesKey,
            Feeds = feeds ?? [],
            Shard = shard,
            Origins = origins,
            BatchSize = Options.History.BatchSize,
            BatchInterval = TimeSpan.FromSeconds(Options.History.BatchSeconds),
            Time = Time,
        });

    private PipelineRunner NewRunner(Action<ArticleResult>? onResult = null, HistoryJournal? history = null, bool verbatim = false) =>
        new PipelineRunner(history is null ? _stages : history.Around(_stages, verbatim), Options.Parallelism, Time) { OnResult = onResult, Recorder = history?.Sink, ReorderWindow = _reorderWindow };
}
