using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// <c>kind: fresh-omission</c> — fresh content words the wire has nothing for; the finding sits on
/// the wire words around the gap and suggests the whole fresh translation.
/// The message may name {wire}, {fresh}, {translation} (the whole fresh translation) and {source}.
/// Silent without fresh translations: the check stage has none, the verify stage fetches them.
/// </summary>
internal sealed class FreshOmissionRule(RuleInfo info, FreshOmissionOptions options) : FreshDifferenceRule(info, SpanDifferenceKind.Omission)
{
    protected override bool Accepts(SpanDifference d) => options.Accepts(d);

    protected override string? Suggestion(FreshTranslation pair, SpanDifference d) => pair.Fresh;

    public sealed class Kind : IRuleKind
    {
        public string Name => "fresh-omission";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            new FreshOmissionRule(info, FreshOmissionOptions.Read(parameters));
    }
}
