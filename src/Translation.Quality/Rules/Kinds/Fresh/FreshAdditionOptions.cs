using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>The parameters of <c>kind: fresh-addition</c>, read and checked when the pack loads.</summary>
/// <param name="MinWords">Unsupported wire content words in one gap before they count (one number or name is always enough). Default 2.</param>
/// <param name="MinSentenceImbalance">How many more the whole sentence must have unmatched than the fresh translation (or, for an omission, fewer). Default 2.</param>
/// <param name="MinImbalance">
/// How many more unsupported words the gap must have than the fresh translation has unmatched in the
/// gaps beside it (one less for a number or name): below it, a rewording. Default 2.
/// </param>
internal sealed record FreshAdditionOptions(int MinWords, int MinImbalance, int MinSentenceImbalance)
{
    public static readonly FreshAdditionOptions Default = new(2, 2, 2);

    public static FreshAdditionOptions Read(YamlMap parameters) =>
        new(parameters.Int("minWords", 1, 50) ?? Default.MinWords, parameters.Int("minImbalance", 0, 50) ?? Default.MinImbalance, parameters.Int("minSentenceImbalance", 0, 50) ?? Default.MinSentenceImbalance);

    public bool Accepts(SpanDifference d) =>
        d.Kind == SpanDifferenceKind.Addition && (d.Words >= MinWords || d.Facts > 0) && d.Imbalance >= MinImbalance - (d.Facts > 0 ? 1 : 0)
        && d.SentenceImbalance >= MinSentenceImbalance - (d.Facts > 0 ? 1 : 0);
}
