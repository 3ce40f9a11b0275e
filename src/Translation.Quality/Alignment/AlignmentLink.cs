using Translation.Quality.Documents;

namespace Translation.Quality.Alignment;

/// <summary>
/// Target sentences (indices into the analysed article's sentences) aligned to source sentences
/// (spans of the source text). Either side may be empty: a 1–0 link is a source sentence with no
/// translation, a 0–1 link a target sentence with no source.
/// </summary>
/// <param name="Cost">The aligner's cost for this link; lower is surer.</param>
/// <param name="LowConfidence">The aligner is not sure of this link: checks on it stay quieter.</param>
public sealed record AlignmentLink(IReadOnlyList<int> Target, IReadOnlyList<TextSpan> Source, double Cost, bool LowConfidence)
{
    /// <summary>"1–1", "2–1", "1–0": source sentences to target sentences.</summary>
    public string Shape => $"{Source.Count}–{Target.Count}";
}
