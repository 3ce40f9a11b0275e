using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>The parameters of <c>kind: fresh-omission</c>, read and checked when the pack loads.</summary>
/// <param name="MinWords">Fresh content words missing from one gap before they count. Default 2.</param>
/// <param name="MinSentenceImbalance">How many more the whole sentence must have unmatched than the fresh translation (or, for an omission, fewer). Default 2.</param>
/// <param name="MinImbalance">How many more the gap must miss than the wire has unmatched in the gaps beside it. Default 2.</param>
internal sealed record FreshOmissionOptions(int MinWords, int MinImbalance, int MinSentenceImbalance)
{
    public static readonly FreshOmissionOptions Default = new(2, 2, 2);

    public static FreshOmissionOptions Read(YamlMap parameters) =>
        new(parameters.Int("minWords", 1, 50) ?? Default.MinWords, parameters.Int("minImbalance", 0, 50) ?? Default.MinImbalance, parameters.Int("minSentenceImbalance", 0, 50) ?? Default.MinSentenceImbalance);

    /// <summary>One number or name the source gives is enough, with one less of each imbalance: a fact left out, not a rewording.</summary>
    public bool Accepts(SpanDifference d) =>
        d.Kind == SpanDifferenceKind.Omission && (d.Words >= MinWords || d.Facts > 0) && d.Imbalance >= MinImbalance - (d.Facts > 0 ? 1 : 0)
        && d.SentenceImbalance >= MinSentenceImbalance - (d.Facts > 0 ? 1 : 0);
}
