namespace Translation.Quality.Pipeline;

/// <summary>
/// A stage of the history (reuse, changes, suppress). The history file is the run's state, so a
/// failure to read it ends the run instead of failing one article; and its time is not one of the
/// report's stage times.
/// </summary>
internal interface IHistoryStage : IArticleStage;
