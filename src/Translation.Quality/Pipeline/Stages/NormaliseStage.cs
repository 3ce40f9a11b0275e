namespace Translation.Quality.Pipeline.Stages;

/// <summary>
/// Blanks NUL and other control characters in the text rules analyse, keeping its length, so that
/// offsets still point into the article exactly as read.
/// </summary>
internal sealed class NormaliseStage : IArticleStage
{
    public string Name => "normalise";

    public void Process(ArticleWork work, CancellationToken cancellationToken)
    {
        var text = work.Article.Text;
        var index = text.AsSpan().IndexOfAnyInRange('\0', '\u0008');
        if (index < 0)
        {
            index = text.AsSpan().IndexOfAnyInRange('\u000E', '\u001F');
        }

        if (index < 0)
        {
            index = text.IndexOf('\u000B', StringComparison.Ordinal);
        }

        if (index < 0)
        {
            return;
        }

        work.AnalysisText = string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsControl(c) && c is not ('\n' or '\r' or '\t') && c < '\u0080' ? ' ' : c;
            }
        });
        work.Diagnostics.Add(new Documents.Diagnostic("TQ201", Name, $"the text contains control characters (first at offset {index}); they were treated as spaces", IsError: false));
    }
}
