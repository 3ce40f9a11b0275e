using Translation.Quality.Alignment;

namespace Translation.Quality.Pipeline.Stages;

/// <summary>
/// Aligns a bilingual article's source sentences to its sentences, for the bilingual rules of the
/// check stage. A monolingual article passes untouched, at no cost.
/// </summary>
internal sealed class AlignStage : IArticleStage
{
    public string Name => "align";

    public void Process(ArticleWork work, CancellationToken cancellationToken)
    {
        if (work.Article.SourceText is null)
        {
            return;
        }

        var analysis = work.Analysis ?? throw new InvalidOperationException("The align stage needs the segment stage before it.");
        work.Bilingual = ArticleAligner.Align(work.Article, analysis.Sentences, work.Diagnostics);
    }
}
