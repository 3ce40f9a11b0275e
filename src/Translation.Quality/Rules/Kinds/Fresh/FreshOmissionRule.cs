using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// <c>kind: fresh-omission</c> — fresh content words the wire has nothing for; the finding sits on
/// the wire words around the gap and suggests the whole fresh translation.
/// The message may name {wire}, {fresh}, {translation} (the whole fresh translation) and {source}.
/// Silent without fresh translations: the check stage has none, the verify stage fetches them.
/// </summary>
internal sealed class FreshOmissionRule : IRule
{
    private readonly FreshOmissionOptions _options;

    private FreshOmissionRule(RuleInfo info, FreshOmissionOptions options)
    {
        Info = info;
        _options = options;
    }

    public RuleInfo Info { get; }

    public bool NeedsSource => true;

    public bool NeedsFreshTranslation => true;

    public void Check(RuleContext context)
    {
        foreach (var (pair, d) in FreshComparisons.Of(context, SpanDifferenceKind.Omission))
        {
            if (_options.Accepts(d))
            {
                context.Report(d.Start, d.End, FreshComparisons.Message(Info.Message, pair, d), pair.Fresh);
            }
        }
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "fresh-omission";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            new FreshOmissionRule(info, FreshOmissionOptions.Read(parameters));
    }
}
