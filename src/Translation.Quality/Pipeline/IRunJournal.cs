using Translation.Quality.Documents;
using Translation.Quality.Results;

namespace Translation.Quality.Pipeline;

/// <summary>
/// What a run remembers between runs (the history store): it may hand back an earlier result instead
/// of checking again, annotates fresh results, records every result, and adds to the summary.
/// </summary>
public interface IRunJournal
{
    /// <summary>On a worker, before the stages: a finished result to use instead of checking, or null to check.</summary>
    ArticleResult? TryReuse(Article article, CancellationToken cancellationToken);

    /// <summary>On the same worker, after the stages.</summary>
    ArticleResult Annotate(ArticleResult result, CancellationToken cancellationToken);

    /// <summary>In input order, before the reports see the result; returns the result the reports get.</summary>
    ArticleResult Record(ArticleResult result);

    /// <summary>Once every result is recorded, before the reports are completed.</summary>
    RunSummary Complete(RunSummary summary);
}
