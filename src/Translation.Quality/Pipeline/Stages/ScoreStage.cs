using Translation.Quality.Scoring;

namespace Translation.Quality.Pipeline.Stages;

/// <summary>
/// MQM, once per article: after the history has taken dismissed findings out, so the score is that
/// of the findings the reports show. A reused article is scored again (its dismissals may be new).
/// </summary>
internal sealed class ScoreStage : IReusedArticleStage
{
    private readonly MqmScorer _scorer;

    public ScoreStage(MqmScorer scorer)
    {
        _scorer = scorer;
    }

    public string Name => "score";

    public void Process(ArticleWork work, CancellationToken cancellationToken)
    {
        // An earlier check that was not scored stays unscored: a reused result reproduces it.
        // A copied report.json entry keeps its stored score: its findings are not objects, and nothing was dismissed since.
        if (work.Reused is { Scored: false } || work.Verbatim is not null)
        {
            return;
        }

        work.Mqm = _scorer.Score(work.Findings, work.Words);
    }
}
