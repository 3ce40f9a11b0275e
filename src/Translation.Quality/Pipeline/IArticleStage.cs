namespace Translation.Quality.Pipeline;

/// <summary>One step of the pipeline for one article. Stages share nothing but <see cref="ArticleWork"/>.</summary>
internal interface IArticleStage
{
    string Name { get; }

    void Process(ArticleWork work, CancellationToken cancellationToken);
}
