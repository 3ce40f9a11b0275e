using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// <c>kind: fresh-addition</c> — wire content words that neither the fresh translation nor the
/// source supports, with nothing in their place in the fresh translation (the source vouches for its
/// own words, numbers in its conventions and names): the wire adds what the source does not say.
/// The message may name {wire}, {fresh}, {translation} (the whole fresh translation) and {source}.
/// Silent without fresh translations: the check stage has none, the verify stage fetches them.
/// </summary>
internal sealed class FreshAdditionRule : IRule
{
    private readonly FreshAdditionOptions _options;

    private FreshAdditionRule(RuleInfo info, FreshAdditionOptions options)
    {
        Info = info;
        _options = options;
    }

    public RuleInfo Info { get; }

    public bool NeedsSource => true;

    public bool NeedsFreshTranslation => true;

    public void Check(RuleContext context)
    {
        foreach (var (pair, d) in FreshComparisons.Of(context, SpanDifferenceKind.Addition))
        {
            if (_options.Accepts(d))
            {
                context.Report(d.Start, d.End, FreshComparisons.Message(Info.Message, pair, d), Info.Suggestion);
            }
        }
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "fresh-addition";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            new FreshAdditionRule(info, FreshAdditionOptions.Read(parameters));
    }
}
