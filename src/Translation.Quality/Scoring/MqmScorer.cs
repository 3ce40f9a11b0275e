using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Results;

namespace Translation.Quality.Scoring;

/// <summary>
/// MQM scoring per article: each finding costs its severity's weight (minor 1, major 5,
/// critical 25 by default); the penalty is normalised per 1000 words and compared with the threshold.
/// </summary>
public sealed class MqmScorer
{
    private readonly ScoringOptions _options;

    public MqmScorer(ScoringOptions options)
    {
        _options = options;
    }

    public MqmResult Score(IReadOnlyCollection<Finding> findings, int words)
    {
        var points = 0.0;
        foreach (var f in findings)
        {
            points += _options.Weights.TryGetValue(f.Severity, out var w) ? w : 0;
        }

        var evaluated = Math.Max(words, 1);
        var penalty = points * 1000.0 / evaluated;
        var score = Math.Max(0, 100.0 * (1 - (points / evaluated)));
        return new MqmResult(Math.Round(penalty, 2), Math.Round(score, 2), penalty <= _options.MaxPenaltyPer1000Words);
    }
}
