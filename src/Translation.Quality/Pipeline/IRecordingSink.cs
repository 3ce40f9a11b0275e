using Translation.Quality.Results;

namespace Translation.Quality.Pipeline;

/// <summary>
/// The sink that records results as the run's state (the history). It gets every result first, in
/// input order; unlike a report writer, a failure to record ends the run (a lost write must not pass
/// silently); and once every result is recorded it adds its figures to the summary.
/// </summary>
internal interface IRecordingSink
{
    /// <summary>
    /// On the worker that finished the article, before the results are put in order: work that needs no
    /// order (serialising what will be stored) is done here, in parallel, not under the ordering lock.
    /// </summary>
    ArticleResult Prepare(ArticleResult result);

    void Record(ArticleResult result);

    /// <summary>Once every result is recorded, before the reports are completed.</summary>
    RunSummary Complete(RunSummary summary);
}
