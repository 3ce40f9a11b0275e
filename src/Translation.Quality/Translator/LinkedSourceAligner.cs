using Translation.Quality.Alignment;
using Translation.Quality.Documents;
using Translation.Quality.Text;

namespace Translation.Quality.Translator;

/// <summary>
/// The align stage's sentence links (Gale–Church over paragraphs, the source language's splitter) as
/// the verify stage's pairs: each link with a source and a target side is one unit to translate and
/// compare. Links the aligner is unsure of are kept: a sentence that gained or lost a clause is
/// exactly where its length misleads the aligner, and the fresh translation is what tells.
/// </summary>
public sealed class LinkedSourceAligner(BilingualText bilingual) : ISourceSentenceAligner
{
    public IReadOnlyList<AlignedSentence>? Align(Article article, Sentence[] targetSentences, out string? reason)
    {
        reason = null;
        var pairs = new List<AlignedSentence>();
        foreach (var link in bilingual.Links)
        {
            if (link.Target.Count == 0 || bilingual.SourceRange(link) is not { } range)
            {
                continue;
            }

            var first = link.Target.Min();
            var last = link.Target.Max();
            if (first < 0 || last >= targetSentences.Length)
            {
                continue;
            }

            var source = bilingual.Source[range.Start..range.End].Trim();
            if (source.Length > 0)
            {
                pairs.Add(new AlignedSentence(source, targetSentences[first].Start, targetSentences[last].End));
            }
        }

        if (pairs.Count == 0)
        {
            reason = "the align stage linked no source sentence to a sentence of the article";
            return null;
        }

        return pairs;
    }
}
