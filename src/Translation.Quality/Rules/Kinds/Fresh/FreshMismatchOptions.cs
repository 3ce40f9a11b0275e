using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>What a <c>fresh-mismatch</c> rule compares.</summary>
internal enum FreshMismatchOf
{
    /// <summary>A wire number where the fresh translation has another, which the source does not give either.</summary>
    Number,

    /// <summary>A wire name where the fresh translation has one of the source's names.</summary>
    Name,
}

/// <summary>The parameters of <c>kind: fresh-mismatch</c>, read and checked when the pack loads.</summary>
/// <param name="Of">number or name (required).</param>
internal sealed record FreshMismatchOptions(FreshMismatchOf Of)
{
    public static FreshMismatchOptions? Read(YamlMap parameters) =>
        parameters.Enum<FreshMismatchOf>("of", required: true) is { } of ? new(of) : null;

    public bool Accepts(SpanDifference d) =>
        d.Kind == SpanDifferenceKind.Substitution && d.NumberOrName == (Of == FreshMismatchOf.Number ? SpanDifferenceDetail.Number : SpanDifferenceDetail.Name);
}
