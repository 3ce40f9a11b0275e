using Translation.Quality.Alignment;
using Translation.Quality.Documents;
using Translation.Quality.Results;
using Translation.Quality.Text;

namespace Translation.Quality.Pipeline;

/// <summary>The state of one article as it passes through the stages. Owned by one worker at a time.</summary>
internal sealed class ArticleWork
{
    public ArticleWork(Article article)
    {
        Article = article;
        AnalysisText = article.Text;
    }

    /// <summary>The article; history sets the feed of an input that could not be read (its origin in the night's feeds).</summary>
    public Article Article { get; set; }

    /// <summary>The text rules analyse: the article text with control characters blanked, same length.</summary>
    public string AnalysisText { get; set; }

    public AnalyzedText? Analysis { get; set; }

    /// <summary>The source aligned to the article's sentences; set by the align stage for bilingual feeds.</summary>
    public BilingualText? Bilingual { get; set; }

    public List<Finding> Findings { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];

    public int Words { get; set; }

    public MqmResult? Mqm { get; set; }

    /// <summary>Set by the verify stage, when it is in the run.</summary>
    public Verification? Verification { get; set; }

    /// <summary>The sentences an earlier check found, handed back by the history with its findings (null for rows stored without them).</summary>
    public IReadOnlyList<TextSpan>? StoredSentences { get; set; }

    /// <summary>The sentences segment found (or, for a reused article, the earlier check found), as ranges of the text, for the result (the HTML report shows them).</summary>
    public IReadOnlyList<TextSpan>? SentenceSpans() =>
        Analysis is { } analysis ? [.. analysis.Sentences.Select(s => new TextSpan(s.Start, s.End))] : StoredSentences;

    /// <summary>The article's content hash, computed once by the history's reuse stage.</summary>
    public string? ContentHash { get; set; }

    /// <summary>What the history stages found: changes since the previous version, suppressed findings.</summary>
    public ArticleHistory? History { get; set; }

    /// <summary>Set when the history handed back an earlier check: only stages that run on reused articles still run.</summary>
    public ReusedArticle? Reused { get; set; }

    /// <summary>Set by the history when it copies the stored report.json entry as it is: the findings are then not objects (<see cref="Findings"/> stays empty).</summary>
    public VerbatimArticle? Verbatim { get; set; }
}
