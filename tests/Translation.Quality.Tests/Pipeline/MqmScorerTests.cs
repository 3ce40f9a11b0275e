using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Scoring;

namespace Translation.Quality.Tests.Pipeline;

public sealed class MqmScorerTests
{
    private static Finding Of(Severity severity) => new()
    {
        Rule = "R", Class = "c", Category = "k", Severity = severity, Start = 0, End = 1, Text = "x", Sentence = "x", Message = "m", Fingerprint = "f",
    };

    [Fact]
    public void Score_WeighsSeveritiesPerThousandWordsAndAppliesTheThreshold()
    {
        var scorer = new MqmScorer(new ScoringOptions { MaxPenaltyPer1000Words = 25 });

        var light = scorer.Score([Of(Severity.Minor), Of(Severity.Major)], 400);
        var heavy = scorer.Score([Of(Severity.Critical)], 400);

        Assert.Equal(15, light.Penalty);
        Assert.Equal(98.5, light.Score);
        Assert.True(light.Pass);
        Assert.Equal(62.5, heavy.Penalty);
        Assert.False(heavy.Pass);
    }

    [Fact]
    public void Score_UsesConfiguredWeightsAndNeverGoesBelowZero()
    {
        var scorer = new MqmScorer(new ScoringOptions { Weights = new Dictionary<Severity, double> { [Severity.Minor] = 2 } });

        Assert.Equal(4000, scorer.Score([Of(Severity.Minor), Of(Severity.Minor)], 1).Penalty);
        Assert.Equal(0, scorer.Score([Of(Severity.Minor), Of(Severity.Minor)], 1).Score);
        Assert.Equal(0, scorer.Score([Of(Severity.Major)], 100).Penalty);
    }
}
