using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// <c>kind: fresh-word-order</c> — a wire word that matches a fresh word only out of order and is
/// torn from a fresh neighbour ("the Yuri aeronautical factory Gagarin" against "the Yuri Gagarin
/// aeronautical factory"), or turned round with nothing between ("the owners large").
/// The message may name {wire}, {fresh}, {translation} (the whole fresh translation) and {source}.
/// Silent without fresh translations: the check stage has none, the verify stage fetches them.
/// </summary>
internal sealed class FreshWordOrderRule(RuleInfo info, FreshWordOrderOptions options) : FreshDifferenceRule(info, SpanDifferenceKind.Misplaced)
{
    protected override bool Accepts(SpanDifference d) => options.Accepts(d);

    protected override string? Suggestion(FreshTranslation pair, SpanDifference d) => d.Fresh;

    public sealed class Kind : IRuleKind
    {
        public string Name => "fresh-word-order";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            new FreshWordOrderRule(info, FreshWordOrderOptions.Read(parameters));
    }
}
