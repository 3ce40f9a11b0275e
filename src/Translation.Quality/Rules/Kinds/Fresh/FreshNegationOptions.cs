using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>The parameters of <c>kind: fresh-negation</c>, read and checked when the pack loads.</summary>
/// <param name="MaxWords">The longest wire span a finding may cover (negator or the fresh anchor before it, to the negated word): longer is a clause said otherwise. Default 8.</param>
internal sealed record FreshNegationOptions(int MaxWords)
{
    public static readonly FreshNegationOptions Default = new(8);

    public static FreshNegationOptions Read(YamlMap parameters) => new(parameters.Int("maxWords", 1, 50) ?? Default.MaxWords);

    public bool Accepts(SpanDifference d) => d.Kind == SpanDifferenceKind.Negation && d.Words <= MaxWords;
}
