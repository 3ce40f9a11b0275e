using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// <c>kind: fresh-addition</c> — wire content words that neither the fresh translation nor the
/// source supports, with nothing in their place in the fresh translation (the source vouches for its
/// own words, numbers in its conventions and names): the wire adds what the source does not say.
/// The message may name {wire}, {fresh}, {translation} (the whole fresh translation) and {source}.
/// Silent without fresh translations: the check stage has none, the verify stage fetches them.
/// </summary>
internal sealed class FreshAdditionRule(RuleInfo info, FreshAdditionOptions options) : FreshDifferenceRule(info, SpanDifferenceKind.Addition)
{
    protected override bool Accepts(SpanDifference d) => options.Accepts(d);

    protected override string? Suggestion(FreshTranslation pair, SpanDifference d) => Info.Suggestion;

    public sealed class Kind : IRuleKind
    {
        public string Name => "fresh-addition";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            new FreshAdditionRule(info, FreshAdditionOptions.Read(parameters));
    }
}
