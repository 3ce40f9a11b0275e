using Translation.Quality.Documents;
using Translation.Quality.Text;

namespace Translation.Quality.Translator;

/// <summary>
/// The aligned source for each wire sentence (or unit of sentences): what the verify stage sends
/// for a fresh translation and compares span by span. <see cref="BilingualAligner"/> is one; the
/// bilingual checks' aligner can be another.
/// </summary>
public interface ISourceSentenceAligner
{
    /// <summary>The pairs in text order, or null (with the reason) when source and target cannot be lined up.</summary>
    IReadOnlyList<AlignedSentence>? Align(Article article, Sentence[] targetSentences, out string? reason);
}
