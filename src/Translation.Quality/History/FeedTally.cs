using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Results;

namespace Translation.Quality.History;

/// <summary>One feed's running totals as its results are recorded; nothing per article is kept.</summary>
internal sealed class FeedTally
{
    private readonly SortedDictionary<string, int> _bySeverity = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _byClass = new(StringComparer.Ordinal);
    private int _articles;
    private int _checked;
    private int _unchanged;
    private int _errors;
    private int _passed;
    private int _failed;
    private long _words;
    private int _findings;
    private int _suppressed;

    public FeedTally(string name, ThresholdOptions thresholds)
    {
        Name = name;
        Thresholds = thresholds;
    }

    public string Name { get; }

    public ThresholdOptions Thresholds { get; }

    public void Add(ArticleResult result)
    {
        _articles++;
        if (result.Status == ArticleStatus.Checked)
        {
            _checked++;
        }
        else if (result.Status == ArticleStatus.Unchanged)
        {
            _unchanged++;
        }

        if (result.HasErrors)
        {
            _errors++;
        }

        if (result.Mqm is { Pass: true })
        {
            _passed++;
        }
        else if (result.Mqm is not null)
        {
            _failed++;
        }

        _words += result.Words;
        _suppressed += result.History?.Suppressed ?? 0;
        foreach (var f in result.Findings)
        {
            _findings++;
            var severity = f.Severity.ToString().ToLowerInvariant();
            _bySeverity[severity] = _bySeverity.GetValueOrDefault(severity) + 1;
            _byClass[f.Class] = _byClass.GetValueOrDefault(f.Class) + 1;
        }
    }

    public FeedRunSummary Build() => new()
    {
        Name = Name,
        Articles = _articles,
        Checked = _checked,
        Unchanged = _unchanged,
        Errors = _errors,
        Passed = _passed,
        Failed = _failed,
        Words = _words,
        Findings = _findings,
        Suppressed = _suppressed,
        BySeverity = new SortedDictionary<string, int>(_bySeverity, StringComparer.Ordinal),
        ByClass = new SortedDictionary<string, int>(_byClass, StringComparer.Ordinal),
        MaxFailingShare = Thresholds.MaxFailingShare,
        MaxCritical = Thresholds.MaxCritical,
        Breaches = FeedThresholds.Breaches(Name, _passed, _failed, _bySeverity.GetValueOrDefault(nameof(Severity.Critical).ToLowerInvariant()), Thresholds.MaxFailingShare, Thresholds.MaxCritical),
    };

    public static TrendRow ToTrend(FeedRunSummary feed, string night) => new()
    {
        Night = night,
        Feed = feed.Name,
        Articles = feed.Articles,
        Words = feed.Words,
        Findings = feed.Findings,
        Critical = feed.Count("critical"),
        Major = feed.Count("major"),
        Minor = feed.Count("minor"),
        Passed = feed.Passed,
        Failed = feed.Failed,
        Suppressed = feed.Suppressed,
        ByClass = feed.ByClass,
    };
}
