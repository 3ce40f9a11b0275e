using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// <c>kind: fresh-mismatch</c> — a wire number (<c>of: number</c>) or name (<c>of: name</c>) in
/// the place of the fresh translation's, which the source does not give.
/// The message may name {wire}, {fresh}, {translation} (the whole fresh translation) and {source}.
/// Silent without fresh translations: the check stage has none, the verify stage fetches them.
/// </summary>
internal sealed class FreshMismatchRule(RuleInfo info, FreshMismatchOptions options) : FreshDifferenceRule(info, SpanDifferenceKind.Substitution)
{
    protected override bool Accepts(SpanDifference d) => options.Accepts(d);

    protected override string? Suggestion(FreshTranslation pair, SpanDifference d) => d.Fresh;

    public sealed class Kind : IRuleKind
    {
        public string Name => "fresh-mismatch";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            FreshMismatchOptions.Read(parameters) is { } options ? new FreshMismatchRule(info, options) : null;
    }
}
