using Translation.Quality.Documents;

namespace Translation.Quality.Results;

/// <summary>The outcome for one article: what was found, its score, and anything that went wrong.</summary>
public sealed record ArticleResult
{
    public required Article Article { get; init; }

    public required ArticleStatus Status { get; init; }

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public int Words { get; init; }

    public MqmResult? Mqm { get; init; }

    /// <summary>The Translator's verdict; null when the verify stage is not in the run.</summary>
    public Verification? Verification { get; init; }

    /// <summary>
    /// The sentences the segment stage found, as character ranges of the article text; null when it did
    /// not run on the article (not among the stages, an earlier stage failed, or history reused it).
    /// </summary>
    public IReadOnlyList<TextSpan>? Sentences { get; init; }

    /// <summary>Changes since the article's previous version; null when the run keeps no history.</summary>
    public ArticleHistory? History { get; init; }

    /// <summary>
    /// An unchanged article whose stored report.json entry is copied as it is (json the only format, nothing
    /// dismissed since): <see cref="Findings"/> is then empty and this counts them; null otherwise.
    /// </summary>
    internal VerbatimArticle? Verbatim { get; init; }

    /// <summary>What the history will store of the article's report.json entry; set by its sink before the result is recorded.</summary>
    internal StoredReportEntry? CarriedEntry { get; init; }

    /// <summary>How many findings the article reports, whether they are objects or in a stored entry.</summary>
    public int FindingCount => Verbatim?.Findings ?? Findings.Count;

    public bool HasErrors => Status == ArticleStatus.Error || Diagnostics.Any(d => d.IsError);
}

public enum ArticleStatus
{
    /// <summary>Checked in this run.</summary>
    Checked,

    /// <summary>Could not be read or checked; the diagnostics say why.</summary>
    Error,

    /// <summary>Same id and content as a previous run; findings carried over.</summary>
    Unchanged,
}
