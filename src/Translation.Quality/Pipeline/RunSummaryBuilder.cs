using Translation.Quality.Config;
using Translation.Quality.Results;

namespace Translation.Quality.Pipeline;

/// <summary>Accumulates the summary as results stream past, so nothing per article is kept.</summary>
internal sealed class RunSummaryBuilder
{
    private readonly ResultTally _tally = new();

    public void Add(ArticleResult result) => _tally.Add(result);

    public RunSummary Build(ThresholdOptions thresholds, IReadOnlyDictionary<string, TimeSpan> stageTimes, TimeSpan elapsed, bool interrupted, DateTimeOffset startedAt) => new()
    {
        Articles = _tally.Articles,
        Checked = _tally.Checked,
        Unchanged = _tally.Unchanged,
        Errors = _tally.Errors,
        Passed = _tally.Passed,
        Failed = _tally.Failed,
        Words = _tally.Words,
        Characters = _tally.Characters,
        Findings = _tally.Findings,
        ByClass = _tally.ByClass,
        BySeverity = _tally.BySeverity,
        ByRule = _tally.ByRule,
        StageTimes = stageTimes,
        Elapsed = elapsed,
        Interrupted = interrupted,
        ThresholdBreaches = ThresholdEvaluator.Breaches(feed: null, _tally.Passed, _tally.Failed, _tally.Critical, thresholds.MaxFailingShare, thresholds.MaxCritical),
        StartedAt = startedAt,
        Verified = _tally.Verified,
        Unverified = _tally.Unverified,
    };
}
