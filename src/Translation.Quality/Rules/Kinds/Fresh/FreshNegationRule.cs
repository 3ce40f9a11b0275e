using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// <c>kind: fresh-negation</c> — a word the wire and the fresh translation both have, negated on one
/// side only ("is a harmless disease" / "is not a harmless disease"): the wire gained or lost a negation.
/// The message may name {wire}, {fresh}, {translation} (the whole fresh translation) and {source}.
/// Silent without fresh translations: the check stage has none, the verify stage fetches them.
/// </summary>
internal sealed class FreshNegationRule(RuleInfo info, FreshNegationOptions options) : FreshDifferenceRule(info, SpanDifferenceKind.Negation)
{
    protected override bool Accepts(SpanDifference d) => options.Accepts(d);

    protected override string? Suggestion(FreshTranslation pair, SpanDifference d) => d.Fresh;

    public sealed class Kind : IRuleKind
    {
        public string Name => "fresh-negation";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            new FreshNegationRule(info, FreshNegationOptions.Read(parameters));
    }
}
