using Translation.Quality.Scoring;

namespace Translation.Quality.Pipeline.Stages;

public sealed class ScoreStage : IArticleStage
{
    private readonly MqmScorer _scorer;

    public ScoreStage(MqmScorer scorer)
    {
        _scorer = scorer;
    }

    public string Name => "score";

    public void Process(ArticleWork work, CancellationToken cancellationToken) =>
        work.Mqm = _scorer.Score(work.Findings, work.Words);
}
