using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>The parameters of <c>kind: fresh-word-order</c>, read and checked when the pack loads.</summary>
/// <param name="MaxDistance">
/// How far (in wire words) a word may land from the fresh neighbour it was torn from and still be
/// called misplaced rather than moved with a clause. Default 6.
/// </param>
internal sealed record FreshWordOrderOptions(int MaxDistance)
{
    public static readonly FreshWordOrderOptions Default = new(6);

    public static FreshWordOrderOptions Read(YamlMap parameters) => new(parameters.Int("maxDistance", 0, 50) ?? Default.MaxDistance);

    public bool Accepts(SpanDifference d) => d.Kind == SpanDifferenceKind.Misplaced && d.Distance <= MaxDistance;
}
