namespace Translation.Quality.Pipeline;

/// <summary>A stage that waits on I/O (the Translator). The runner awaits it instead of calling <see cref="IArticleStage.Process"/>.</summary>
internal interface IAsyncArticleStage : IArticleStage
{
    ValueTask ProcessAsync(ArticleWork work, CancellationToken cancellationToken);
}
