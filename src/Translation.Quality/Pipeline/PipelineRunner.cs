using System.Diagnostics;
using Translation.Quality.Documents;
using Translation.Quality.Ingest;
using Translation.Quality.Results;

namespace Translation.Quality.Pipeline;

/// <summary>
/// Runs articles through the stages with bounded parallelism and hands results to the report
/// writers in input order. A failure inside one article becomes a diagnostic on that article; the
/// run goes on. Cancellation stops reading, and what was finished is still reported. With history,
/// its stages are among the stages (an article it reuses runs only the stages that run on reused
/// articles) and its recording sink gets every result before the writers.
/// </summary>
internal sealed class PipelineRunner
{
    private readonly IReadOnlyList<IArticleStage> _stages;
    private readonly int _parallelism;
    private readonly TimeProvider _time;
    private readonly long[] _stageTicks;

    public PipelineRunner(IReadOnlyList<IArticleStage> stages, int parallelism = 0, TimeProvider? time = null)
    {
        _stages = stages;
        _parallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount;
        _time = time ?? TimeProvider.System;
        _stageTicks = new long[stages.Count + 1];
    }

    /// <summary>Optional hook for results as they are emitted in order (progress, history).</summary>
    public Action<ArticleResult>? OnResult { get; init; }

    /// <summary>Optional history's recording sink: gets every result first, in input order (its stages are among the stages).</summary>
    public IRecordingSink? Recorder { get; init; }

    /// <summary>
    /// At most this many articles are read and not yet reported: one article stuck on a slow
    /// Translator holds back this many later results, not the whole feed.
    /// </summary>
    public int ReorderWindow { get; init; } = 256;

    public async Task<RunOutcome> RunAsync(IAsyncEnumerable<IngestItem> items, IReadOnlyList<IReportWriter> writers, Config.ThresholdOptions thresholds, CancellationToken cancellationToken)
    {
        var startedAt = _time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        var summary = new RunSummaryBuilder();
        var pending = new SortedDictionary<long, ArticleResult>();
        var gate = new object();
        long nextToEmit = 0;
        var interrupted = false;
        var sinks = new SinkSet(writers);
        using var window = new SemaphoreSlim(Math.Max(1, ReorderWindow));

        void Emit(ArticleResult result)
        {
            Recorder?.Record(result);
            summary.Add(result);
            sinks.WriteArticle(result);
            OnResult?.Invoke(result);
        }

        void Complete(long sequence, ArticleResult result)
        {
            lock (gate)
            {
                pending[sequence] = result;
                while (pending.Remove(nextToEmit, out var ready))
                {
                    Emit(ready);
                    nextToEmit++;
                    window.Release();
                }
            }
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = _parallelism, CancellationToken = cancellationToken };
        try
        {
            await Parallel.ForEachAsync(TimeIngest(items, window, cancellationToken), options, async (item, ct) =>
            {
                var result = item switch
                {
                    ArticleItem a => await ProcessAsync(a.Article, ct).ConfigureAwait(false),
                    IngestFailure f => Failure(f),
                    _ => throw new InvalidOperationException($"Unknown ingest item {item.GetType().Name}."),
                };
                Complete(item.Sequence, Recorder?.Prepare(result) ?? result);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
        }

        // After an interruption, results finished out of order are still reported.
        lock (gate)
        {
            foreach (var result in pending.Values)
            {
                Emit(result);
            }

            pending.Clear();
        }

        var stageTimes = new Dictionary<string, TimeSpan>(StringComparer.Ordinal) { ["ingest"] = Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _stageTicks[^1])) };
        for (var i = 0; i < _stages.Count; i++)
        {
            if (_stages[i] is not IHistoryStage)
            {
                stageTimes[_stages[i].Name] = Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _stageTicks[i]));
            }
        }

        var built = summary.Build(thresholds, stageTimes, clock.Elapsed, interrupted, startedAt);
        foreach (var contributor in _stages.OfType<IRunSummaryContributor>())
        {
            built = contributor.Contribute(built);
        }

        // After the contributors, so history sees the Translator's figures.
        built = Recorder?.Complete(built) ?? built;

        var reportClock = Stopwatch.GetTimestamp();

        // Reports are written even after Ctrl+C: what was done is never lost.
        built = await sinks.CompleteAsync(built).ConfigureAwait(false);
        stageTimes["report"] = Stopwatch.GetElapsedTime(reportClock);
        return new RunOutcome(built with { StageTimes = stageTimes, Elapsed = clock.Elapsed }, sinks.Written);
    }

    /// <summary>Reading is a stage too: time spent waiting on the input counts as ingest.</summary>
    /// <remarks>Waits for a place in the reorder window before reading the next item; that wait is not ingest.</remarks>
    private async IAsyncEnumerable<IngestItem> TimeIngest(IAsyncEnumerable<IngestItem> items, SemaphoreSlim window, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var e = items.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            await window.WaitAsync(cancellationToken).ConfigureAwait(false);
            var start = Stopwatch.GetTimestamp();
            var has = await e.MoveNextAsync().ConfigureAwait(false);
            Interlocked.Add(ref _stageTicks[^1], Stopwatch.GetTimestamp() - start);
            if (!has)
            {
                yield break;
            }

            yield return e.Current;
        }
    }

    /// <summary>Runs every stage on one article; any exception becomes a diagnostic, never a crash.</summary>
    /// <remarks>Blocks on stages that wait on I/O; the run itself uses <see cref="ProcessAsync"/>.</remarks>
    public ArticleResult Process(Article article, CancellationToken cancellationToken) =>
        ProcessAsync(article, cancellationToken).AsTask().GetAwaiter().GetResult();

    /// <summary>Runs every stage on one article, awaiting those that wait on I/O; any exception becomes a diagnostic, never a crash.</summary>
    public async ValueTask<ArticleResult> ProcessAsync(Article article, CancellationToken cancellationToken)
    {
        var work = new ArticleWork(article);
        for (var i = 0; i < _stages.Count; i++)
        {
            var stage = _stages[i];
            if (work.Reused is not null && stage is not IReusedArticleStage)
            {
                continue;
            }

            var start = Stopwatch.GetTimestamp();
            try
            {
                if (stage is IAsyncArticleStage asyncStage)
                {
                    await asyncStage.ProcessAsync(work, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    stage.Process(work, cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (stage is not IHistoryStage)
            {
                work.Diagnostics.Add(new Diagnostic("TQ901", stage.Name, $"{stage.Name} failed: {ex.GetType().Name}: {ex.Message}"));
                NotifySkipped(work, stage.Name, i + 1);
                return new ArticleResult
                {
                    Article = work.Article,
                    Status = ArticleStatus.Error,
                    Findings = [.. work.Findings],
                    Diagnostics = [.. work.Diagnostics],
                    Words = work.Words,
                    Verification = work.Verification,
                    Sentences = work.SentenceSpans(),
                    History = work.History,
                };
            }
            finally
            {
                Interlocked.Add(ref _stageTicks[i], Stopwatch.GetTimestamp() - start);
            }
        }

        return new ArticleResult
        {
            Article = work.Article,
            Status = work.Reused?.Status ?? ArticleStatus.Checked,
            Findings = [.. work.Findings],
            Diagnostics = [.. work.Diagnostics],
            Words = work.Words,
            Mqm = work.Mqm,
            Verification = work.Verification,
            Sentences = work.SentenceSpans(),
            History = work.History,
            Verbatim = work.Verbatim,
        };
    }

    /// <summary>Stages after a failure never run; those that must still say something about the article do.</summary>
    private void NotifySkipped(ArticleWork work, string failedStage, int from)
    {
        for (var j = from; j < _stages.Count; j++)
        {
            if (_stages[j] is ISkippedStageObserver observer)
            {
                observer.Skipped(work, failedStage);
            }
        }
    }

    private ArticleResult Failure(IngestFailure failure)
    {
        var article = new Article
        {
            Id = failure.Id,
            Path = failure.Path,
            SourceLanguage = "und",
            TargetLanguage = "und",
            Text = string.Empty,
            Sequence = failure.Sequence,
        };
        var work = new ArticleWork(article);
        NotifySkipped(work, "ingest", 0);
        return new ArticleResult
        {
            Article = work.Article,
            Status = ArticleStatus.Error,
            Diagnostics = [new Diagnostic("TQ200", "ingest", failure.Message)],
            Verification = work.Verification,
            History = work.History,
        };
    }
}

/// <summary>The run's summary and the report files written.</summary>
public sealed record RunOutcome(RunSummary Summary, IReadOnlyList<string> Reports);
