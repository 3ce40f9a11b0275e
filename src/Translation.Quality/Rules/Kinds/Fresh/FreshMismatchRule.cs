using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// <c>kind: fresh-mismatch</c> — a wire number (<c>of: number</c>) or name (<c>of: name</c>) in
/// the place of the fresh translation's, which the source does not give.
/// The message may name {wire}, {fresh}, {translation} (the whole fresh translation) and {source}.
/// Silent without fresh translations: the check stage has none, the verify stage fetches them.
/// </summary>
internal sealed class FreshMismatchRule : IRule
{
    private readonly FreshMismatchOptions _options;

    private FreshMismatchRule(RuleInfo info, FreshMismatchOptions options)
    {
        Info = info;
        _options = options;
    }

    public RuleInfo Info { get; }

    public bool NeedsSource => true;

    public bool NeedsFreshTranslation => true;

    public void Check(RuleContext context)
    {
        foreach (var (pair, d) in FreshComparisons.Of(context, SpanDifferenceKind.Substitution))
        {
            if (_options.Accepts(d))
            {
                context.Report(d.Start, d.End, FreshComparisons.Message(Info.Message, pair, d), d.Fresh);
            }
        }
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "fresh-mismatch";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            FreshMismatchOptions.Read(parameters) is { } options ? new FreshMismatchRule(info, options) : null;
    }
}
