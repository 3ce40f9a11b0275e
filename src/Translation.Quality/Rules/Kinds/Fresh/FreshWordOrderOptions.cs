using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>The parameters of <c>kind: fresh-word-order</c>, read and checked when the pack loads.</summary>
/// <param name="MaxDistance">
/// How far (in wire words) a word may land from the fresh neighbour it was torn from and still be
/// called misplaced rather than moved with a clause. Default 6.
/// </param>
/// <param name="SwapGain">
/// How many nats the word-order model must gain when two neighbouring blocks are swapped the way the
/// fresh translation has them, for the wire's order to be called misplaced: English moves adverbials
/// and clauses freely, so the fresh order alone is no evidence; a large gain says the wire's order is
/// not English. Default 4.
/// </param>
/// <param name="MaxBlock">The longest block (in tokens) such a swap carries. Default 5.</param>
internal sealed record FreshWordOrderOptions(int MaxDistance, double SwapGain, int MaxBlock)
{
    public static readonly FreshWordOrderOptions Default = new(6, 4, 5);

    public static FreshWordOrderOptions Read(YamlMap parameters) => new(
        parameters.Int("maxDistance", 0, 50) ?? Default.MaxDistance,
        parameters.Double("swapGain", 0, 100) ?? Default.SwapGain,
        parameters.Int("maxBlock", 1, 12) ?? Default.MaxBlock);

    public bool Accepts(SpanDifference d) => d.Kind == SpanDifferenceKind.Misplaced && d.Distance <= MaxDistance;
}
