using Translation.Quality.Results;

namespace Translation.Quality.Pipeline;

/// <summary>An article whose earlier check the history reuses: its findings carry over instead of being checked again.</summary>
/// <param name="Status">Unchanged, or Checked when this same (interrupted) run checked it before.</param>
/// <param name="Scored">Whether the earlier check was scored; a reused article is scored again only then.</param>
internal sealed record ReusedArticle(ArticleStatus Status, bool Scored);
