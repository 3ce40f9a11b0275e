using Translation.Quality.Documents;

namespace Translation.Quality.Alignment;

/// <summary>The source sentence a finding's source span sits in, for reports that show it under the finding.</summary>
public static class SourceContext
{
    /// <summary>The sentence (or sentences) of <paramref name="source"/> that hold <paramref name="span"/>, as a span; the span itself when it cannot tell.</summary>
    public static TextSpan SentenceAround(string source, string language, SourceSpan span)
    {
        if (span.Start < 0 || span.End > source.Length || span.End < span.Start)
        {
            return new TextSpan(0, 0);
        }

        var from = span.Start == 0 ? -1 : source.LastIndexOf('\n', Math.Max(0, span.Start - 1));
        var to = source.IndexOf('\n', span.End);
        var paragraph = new TextSpan(from + 1, to < 0 ? source.Length : to);
        var sentences = SourceSentenceSplitter.Split(source, language, paragraph.Start, paragraph.End);
        var first = sentences.FindIndex(s => s.End > span.Start);
        var last = sentences.FindLastIndex(s => s.Start < span.End);
        return first < 0 || last < first ? new TextSpan(span.Start, span.End) : new TextSpan(Math.Min(sentences[first].Start, span.Start), Math.Max(sentences[last].End, span.End));
    }
}
