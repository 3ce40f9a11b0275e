namespace Translation.Quality.Pipeline;

/// <summary>
/// A stage that also runs on an article the history reused (suppress, score): what it computes depends
/// on what changed since the earlier check (reviewers' decisions), not on the article's text.
/// </summary>
internal interface IReusedArticleStage : IArticleStage;
