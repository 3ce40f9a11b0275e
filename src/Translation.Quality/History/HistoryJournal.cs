using Translation.Quality.Pipeline;

namespace Translation.Quality.History;

/// <summary>
/// A run's use of the history file, as stages and a sink the pipeline runs like any other:
/// <c>reuse</c> (an unchanged article's findings carry over) first, <c>changes</c> (new, carried,
/// resolved) and <c>suppress</c> (dismissed findings out) before the score, and the history sink,
/// which records every result in input order and adds the feeds' totals and trend to the summary.
/// </summary>
public sealed class HistoryJournal : IDisposable
{
    public HistoryJournal(HistoryStore store, HistoryJournalOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        Reuse = new ReuseStage(store, options);
        VerbatimReuse = new ReuseStage(store, options, verbatim: true);
        Changes = new ChangesStage(store);
        Suppress = new SuppressStage(store, options);
        Sink = new HistorySink(store, options);
    }

    /// <summary>Before every other stage.</summary>
    internal IArticleStage Reuse { get; }

    /// <summary>Instead of <see cref="Reuse"/> when report.json is the only report: copies stored entries as they are.</summary>
    internal IArticleStage VerbatimReuse { get; }

    /// <summary>After the checks, before the score.</summary>
    internal IArticleStage Changes { get; }

    /// <summary>After <see cref="Changes"/>, before the score.</summary>
    internal IArticleStage Suppress { get; }

    internal HistorySink Sink { get; }

    /// <summary>The pipeline's stages with the history's around them: reuse first, changes and suppress just before score.</summary>
    /// <param name="verbatim">Every report is report.json (md, html and junit need the findings as objects).</param>
    internal IReadOnlyList<IArticleStage> Around(IReadOnlyList<IArticleStage> stages, bool verbatim = false)
    {
        var score = stages.ToList().FindIndex(s => s.Name == "score");
        var at = score < 0 ? stages.Count : score;
        return [verbatim ? VerbatimReuse : Reuse, .. stages.Take(at), Changes, Suppress, .. stages.Skip(at)];
    }

    public void Dispose() => Sink.Dispose();
}
