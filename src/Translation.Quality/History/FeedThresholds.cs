using System.Globalization;

namespace Translation.Quality.History;

/// <summary>The per-feed threshold check; shared by nightly runs and <c>tqa merge</c> so both word it the same.</summary>
public static class FeedThresholds
{
    public static IReadOnlyList<string> Breaches(string feed, int passed, int failed, int critical, double maxFailingShare, int maxCritical)
    {
        var breaches = new List<string>();
        var scored = passed + failed;
        if (scored > 0 && (double)failed / scored > maxFailingShare)
        {
            breaches.Add(string.Create(CultureInfo.InvariantCulture, $"feed {feed}: {failed} of {scored} articles fail MQM ({100.0 * failed / scored:0.#}%), over its threshold of {100 * maxFailingShare:0.#}%"));
        }

        if (critical > maxCritical)
        {
            breaches.Add(string.Create(CultureInfo.InvariantCulture, $"feed {feed}: {critical} critical findings, over its threshold of {maxCritical}"));
        }

        return breaches;
    }
}
