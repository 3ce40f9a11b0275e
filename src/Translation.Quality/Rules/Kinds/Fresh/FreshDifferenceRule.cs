namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// What the four fresh-translation kinds share: each reports one kind of span difference between the
/// wire sentence and the fresh translation of its source, filtered by its options, with its own suggestion.
/// </summary>
internal abstract class FreshDifferenceRule(RuleInfo info, SpanDifferenceKind difference) : IRule
{
    public RuleInfo Info { get; } = info;

    public bool NeedsSource => true;

    public bool NeedsFreshTranslation => true;

    public virtual void Check(RuleContext context)
    {
        foreach (var (pair, d) in FreshComparisons.Of(context, difference))
        {
            if (Accepts(context, d))
            {
                context.Report(d.Start, d.End, FreshComparisons.Message(Info.Message, pair, d), Suggestion(pair, d));
            }
        }
    }

    protected abstract bool Accepts(SpanDifference d);

    /// <summary>The options' verdict, and whatever the sentence around the difference adds to it.</summary>
    protected virtual bool Accepts(RuleContext context, SpanDifference d) => Accepts(d);

    protected abstract string? Suggestion(FreshTranslation pair, SpanDifference d);
}
