using Translation.Quality.Results;

namespace Translation.Quality.Reports.Html;

/// <summary>What the HTML report shows beyond the articles and the run summary; every part is optional.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>Earlier nights, oldest first, for the trend chart; no chart when null or empty.</summary>
    public IReadOnlyList<ReportTrendPoint>? Trend { get; init; }

    /// <summary>Summary figures beyond the built-in ones (the Translator's cost is built in), asked for once the run is complete.</summary>
    public Func<RunSummary, IEnumerable<ReportFact>>? SummaryFacts { get; init; }

    /// <summary>Notes per article beyond the built-in "unverified", asked for as each article is written.</summary>
    public Func<ArticleResult, IEnumerable<ReportNote>>? ArticleNotes { get; init; }

    /// <summary>Articles per data block: the page parses article text one block at a time, when needed.</summary>
    public int ArticlesPerBlock { get; init; } = 100;
}
