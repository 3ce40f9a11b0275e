using System.Globalization;

namespace Translation.Quality.Results;

/// <summary>
/// Whether a tally breaks its quality thresholds, and why in words: the one judge for a run
/// (<c>tqa check</c>) and for each feed of a night (and of a merged night).
/// </summary>
public static class ThresholdEvaluator
{
    /// <param name="feed">The feed judged by its own thresholds; null for a whole run.</param>
    public static IReadOnlyList<string> Breaches(string? feed, int passed, int failed, int critical, double maxFailingShare, int maxCritical)
    {
        var (subject, whose) = feed is null ? (string.Empty, "the") : ($"feed {feed}: ", "its");
        var breaches = new List<string>();
        var scored = passed + failed;
        if (scored > 0 && (double)failed / scored > maxFailingShare)
        {
            breaches.Add(string.Create(CultureInfo.InvariantCulture, $"{subject}{failed} of {scored} articles fail MQM ({100.0 * failed / scored:0.#}%), over {whose} threshold of {100 * maxFailingShare:0.#}%"));
        }

        if (critical > maxCritical)
        {
            breaches.Add(string.Create(CultureInfo.InvariantCulture, $"{subject}{critical} critical findings, over {whose} threshold of {maxCritical}"));
        }

        return breaches;
    }
}
