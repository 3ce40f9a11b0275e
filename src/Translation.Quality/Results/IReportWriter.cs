
namespace Translation.Quality.Results;

/// <summary>
/// Receives results in input order as they are produced, then the summary. Writers stream: they
/// must not keep whole articles in memory. Files appear only when <see cref="CompleteAsync"/> succeeds.
/// </summary>
public interface IReportWriter : IAsyncDisposable
{
    /// <summary>Report format name ("json", "md", ...).</summary>
    string Format { get; }

    /// <summary>The file written, once complete.</summary>
    string OutputPath { get; }

    void WriteArticle(ArticleResult result);

    Task CompleteAsync(RunSummary summary, CancellationToken cancellationToken);
}
