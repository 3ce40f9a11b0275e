using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Results;

namespace Translation.Quality.Pipeline;

/// <summary>Accumulates the summary as results stream past, so nothing per article is kept.</summary>
public sealed class RunSummaryBuilder
{
    private readonly Dictionary<string, int> _byClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _bySeverity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byRule = new(StringComparer.Ordinal);
    private int _articles;
    private int _checked;
    private int _unchanged;
    private int _errors;
    private int _passed;
    private int _failed;
    private long _words;
    private long _characters;
    private int _findings;
    private int _critical;
    private int _verified;
    private int _unverified;

    public void Add(ArticleResult result)
    {
        _articles++;
        switch (result.Status)
        {
            case ArticleStatus.Checked:
                _checked++;
                break;
            case ArticleStatus.Unchanged:
                _unchanged++;
                break;
        }

        if (result.HasErrors)
        {
            _errors++;
        }

        if (result.Mqm is { } mqm)
        {
            if (mqm.Pass)
            {
                _passed++;
            }
            else
            {
                _failed++;
            }
        }

        if (result.Verification is { } verification)
        {
            if (verification.Verified)
            {
                _verified++;
            }
            else
            {
                _unverified++;
            }
        }

        _words += result.Words;
        _characters += result.Article.Text.Length;
        foreach (var f in result.Findings)
        {
            _findings++;
            Increment(_byClass, f.Class);
            Increment(_bySeverity, f.Severity.ToString().ToLowerInvariant());
            Increment(_byRule, f.Rule);
            if (f.Severity == Severity.Critical)
            {
                _critical++;
            }
        }
    }

    public RunSummary Build(ThresholdOptions thresholds, IReadOnlyDictionary<string, TimeSpan> stageTimes, TimeSpan elapsed, bool interrupted, DateTimeOffset startedAt)
    {
        var breaches = new List<string>();
        var scored = _passed + _failed;
        if (scored > 0 && (double)_failed / scored > thresholds.MaxFailingShare)
        {
            breaches.Add($"{_failed} of {scored} articles fail MQM ({100.0 * _failed / scored:0.#}%), over the threshold of {100 * thresholds.MaxFailingShare:0.#}%");
        }

        if (_critical > thresholds.MaxCritical)
        {
            breaches.Add($"{_critical} critical findings, over the threshold of {thresholds.MaxCritical}");
        }

        return new RunSummary
        {
            Articles = _articles,
            Checked = _checked,
            Unchanged = _unchanged,
            Errors = _errors,
            Passed = _passed,
            Failed = _failed,
            Words = _words,
            Characters = _characters,
            Findings = _findings,
            ByClass = Sorted(_byClass),
            BySeverity = Sorted(_bySeverity),
            ByRule = Sorted(_byRule),
            StageTimes = stageTimes,
            Elapsed = elapsed,
            Interrupted = interrupted,
            ThresholdBreaches = breaches,
            StartedAt = startedAt,
            Verified = _verified,
            Unverified = _unverified,
        };
    }

    private static void Increment(Dictionary<string, int> map, string key) =>
        map[key] = map.TryGetValue(key, out var n) ? n + 1 : 1;

    private static SortedDictionary<string, int> Sorted(Dictionary<string, int> map) => new(map, StringComparer.Ordinal);
}
