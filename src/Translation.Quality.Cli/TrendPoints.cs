using System.Globalization;
using Translation.Quality.History;
using Translation.Quality.Reports.Html;

namespace Translation.Quality.Cli;

/// <summary>The earlier nights for the HTML report's trend chart, read from the history file.</summary>
public static class TrendPoints
{
    /// <summary>Up to <paramref name="nights"/> nights before <paramref name="night"/>, all feeds added up; empty without history.</summary>
    public static IReadOnlyList<ReportTrendPoint> Before(string historyPath, string night, int nights = 14)
    {
        if (!File.Exists(historyPath))
        {
            return [];
        }

        using var store = HistoryStore.Open(historyPath);
        return [.. store.Trend(null, nights + 1, night)
            .Where(r => string.CompareOrdinal(r.Night, night) < 0)
            .GroupBy(r => r.Night, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .TakeLast(nights)
            .Select(g =>
            {
                var passed = g.Sum(r => r.Passed);
                var scored = passed + g.Sum(r => r.Failed);
                return new ReportTrendPoint(
                    DateOnly.ParseExact(g.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    g.Sum(r => r.Articles),
                    scored == 0 ? 1 : (double)passed / scored,
                    g.Sum(r => r.Findings));
            })];
    }
}
