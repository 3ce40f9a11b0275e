using Translation.Quality.Documents;
using Translation.Quality.Results;

namespace Translation.Quality.Pipeline;

/// <summary>
/// The report sinks of one run, each isolated from the others: a writer that throws is a TQ501
/// diagnostic in the run's summary and gets nothing more; the other reports are still written.
/// </summary>
internal sealed class SinkSet(IReadOnlyList<IReportWriter> writers)
{
    private readonly bool[] _failed = new bool[writers.Count];
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>The files of the writers that finished.</summary>
    public IReadOnlyList<string> Written => [.. writers.Where((_, i) => !_failed[i]).Select(w => w.OutputPath)];

    public void WriteArticle(ArticleResult result)
    {
        for (var i = 0; i < writers.Count; i++)
        {
            if (!_failed[i])
            {
                try
                {
                    writers[i].WriteArticle(result);
                }
                catch (Exception ex)
                {
                    Fail(i, ex);
                }
            }
        }
    }

    /// <summary>Completes every writer still standing; the summary each sees lists the sinks that failed before it.</summary>
    public async Task<RunSummary> CompleteAsync(RunSummary summary)
    {
        for (var i = 0; i < writers.Count; i++)
        {
            if (!_failed[i])
            {
                try
                {
                    await writers[i].CompleteAsync(With(summary), CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    Fail(i, ex);
                }
            }
        }

        return With(summary);
    }

    private RunSummary With(RunSummary summary) => _diagnostics.Count == 0 ? summary : summary with { Diagnostics = [.. _diagnostics] };

    private void Fail(int index, Exception ex)
    {
        _failed[index] = true;
        var writer = writers[index];
        _diagnostics.Add(new Diagnostic("TQ501", "report", $"the {writer.Format} report ({writer.OutputPath}) was not written: {ex.GetType().Name}: {ex.Message}"));
    }
}
