using Translation.Quality.Documents;

namespace Translation.Quality.Evaluation;

/// <summary>An article with its annotation; clean articles have no defects.</summary>
public sealed record GoldArticle(Article Article, IReadOnlyList<GoldDefect> Defects)
{
    public bool IsClean => Defects.Count == 0;
}
