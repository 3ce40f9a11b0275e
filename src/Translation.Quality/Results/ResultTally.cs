using Translation.Quality.Documents;

namespace Translation.Quality.Results;

/// <summary>
/// Counts results as they are reported: one tally for a run and one for each of a night's feeds, so
/// the run's totals and a feed's can never disagree on what an article counts for.
/// </summary>
public sealed class ResultTally
{
    private readonly Dictionary<string, int> _byClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _bySeverity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byRule = new(StringComparer.Ordinal);

    public int Articles { get; private set; }

    public int Checked { get; private set; }

    public int Unchanged { get; private set; }

    public int Errors { get; private set; }

    public int Passed { get; private set; }

    public int Failed { get; private set; }

    public long Words { get; private set; }

    public long Characters { get; private set; }

    public int Findings { get; private set; }

    public int Critical { get; private set; }

    public int Verified { get; private set; }

    public int Unverified { get; private set; }

    /// <summary>Findings left out because a reviewer dismissed them (history only).</summary>
    public int Suppressed { get; private set; }

    public SortedDictionary<string, int> ByClass => new(_byClass, StringComparer.Ordinal);

    public SortedDictionary<string, int> BySeverity => new(_bySeverity, StringComparer.Ordinal);

    public SortedDictionary<string, int> ByRule => new(_byRule, StringComparer.Ordinal);

    public void Add(ArticleResult result)
    {
        Articles++;
        switch (result.Status)
        {
            case ArticleStatus.Checked:
                Checked++;
                break;
            case ArticleStatus.Unchanged:
                Unchanged++;
                break;
        }

        if (result.HasErrors)
        {
            Errors++;
        }

        if (result.Mqm is { } mqm)
        {
            if (mqm.Pass)
            {
                Passed++;
            }
            else
            {
                Failed++;
            }
        }

        if (result.Verification is { } verification)
        {
            if (verification.Verified)
            {
                Verified++;
            }
            else
            {
                Unverified++;
            }
        }

        Words += result.Words;
        Characters += result.Article.Text.Length;
        Suppressed += result.History?.Suppressed ?? 0;

        // A copied report.json entry brings its findings counted, not as objects.
        foreach (var t in result.Verbatim?.Tally ?? [])
        {
            Findings += t.Count;
            Increment(_byClass, t.Class, t.Count);
            Increment(_bySeverity, t.Severity, t.Count);
            Increment(_byRule, t.Rule, t.Count);
            if (t.Severity == "critical")
            {
                Critical += t.Count;
            }
        }

        foreach (var f in result.Findings)
        {
            Findings++;
            Increment(_byClass, f.Class);
            Increment(_bySeverity, f.Severity.ToString().ToLowerInvariant());
            Increment(_byRule, f.Rule);
            if (f.Severity == Severity.Critical)
            {
                Critical++;
            }
        }
    }

    private static void Increment(Dictionary<string, int> map, string key, int by = 1) =>
        map[key] = map.TryGetValue(key, out var n) ? n + by : by;
}
