namespace Translation.Quality.Pipeline;

/// <summary>A stage that must record something even when an earlier failure means it never runs on an article.</summary>
internal interface ISkippedStageObserver
{
    /// <param name="failedStage">The stage that failed first ("ingest" when the article could not be read).</param>
    void Skipped(ArticleWork work, string failedStage);
}
