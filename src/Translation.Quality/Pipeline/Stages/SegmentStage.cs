using Translation.Quality.Language;
using Translation.Quality.Text;

namespace Translation.Quality.Pipeline.Stages;

/// <summary>Splits the article into tokens and sentences; tags and languages come later, on demand.</summary>
internal sealed class SegmentStage : IArticleStage
{
    private readonly IPosTagger? _tagger;
    private readonly ILanguageIdentifier? _languageIdentifier;

    public SegmentStage(IPosTagger? tagger, ILanguageIdentifier? languageIdentifier)
    {
        _tagger = tagger;
        _languageIdentifier = languageIdentifier;
    }

    public string Name => "segment";

    public void Process(ArticleWork work, CancellationToken cancellationToken)
    {
        var article = ReferenceEquals(work.AnalysisText, work.Article.Text) ? work.Article : work.Article with { Text = work.AnalysisText };
        work.Analysis = AnalyzedText.Analyze(article, _tagger, _languageIdentifier);
        var words = 0;
        foreach (var token in work.Analysis.Tokens)
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                words++;
            }
        }

        work.Words = words;
    }
}
