using Translation.Quality.Documents;

namespace Translation.Quality.Alignment;

/// <summary>
/// An article's source text, its sentences and their alignment to the article's sentences. Built by
/// the align stage; what bilingual rules compare.
/// </summary>
public sealed class BilingualText
{
    private readonly int[] _linkOfTarget;

    public BilingualText(string source, string sourceLanguage, IReadOnlyList<AlignmentLink> links, int targetSentences)
    {
        Source = source;
        SourceLanguage = sourceLanguage;
        Links = links;
        _linkOfTarget = new int[targetSentences];
        Array.Fill(_linkOfTarget, -1);
        for (var i = 0; i < links.Count; i++)
        {
            foreach (var t in links[i].Target)
            {
                if (t >= 0 && t < targetSentences)
                {
                    _linkOfTarget[t] = i;
                }
            }
        }
    }

    /// <summary>The source text exactly as read: <see cref="SourceSpan"/> offsets point into it.</summary>
    public string Source { get; }

    public string SourceLanguage { get; }

    /// <summary>The links in text order.</summary>
    public IReadOnlyList<AlignmentLink> Links { get; }

    /// <summary>The link a target sentence belongs to, or -1.</summary>
    public int LinkOf(int targetSentence) =>
        targetSentence >= 0 && targetSentence < _linkOfTarget.Length ? _linkOfTarget[targetSentence] : -1;

    /// <summary>The source text of a link's source sentences (their span from first to last).</summary>
    public TextSpan? SourceRange(AlignmentLink link) =>
        link.Source.Count == 0 ? null : new TextSpan(link.Source[0].Start, link.Source[^1].End);

    public SourceSpan SpanOf(TextSpan span) => new(span.Start, span.End, Source[span.Start..span.End]);
}
