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

    protected override bool Accepts(RuleContext context, SpanDifference d) => Accepts(d) && !IsAgencyGloss(context, d);

    /// <summary>
    /// What an agency adds for readers abroad is no addition: a short bracket after a name ("Museo de la Ría (Museum of
    /// the Estuary)"), the country in a dateline ("GÖTTINGEN, Germany,").
    /// </summary>
    private static bool IsAgencyGloss(RuleContext context, SpanDifference d)
    {
        var analysis = context.Analysis;
        var sentence = analysis.Sentences[analysis.SentenceAt(d.Start)];
        var span = new Documents.TextSpan(d.Start, d.End);
        // Appositions stay in: against a fresh translation, one that says something new is an addition ("on Heligoland, a record for the island").
        if (Bilingual.AgencyGlosses.Covers(context.Text, new Documents.TextSpan(sentence.Start, sentence.End), span, bracketsOnly: true))
        {
            return true;
        }

        return Text.SegmentShape.IsDatelineOrCredit(context.Text, analysis.Tokens, sentence)
            && Bilingual.DemonymTable.Default.English(Bilingual.BilingualWords.Fold(context.Text.AsSpan(d.Start, d.End - d.Start))).Count > 0;
    }

    protected override string? Suggestion(FreshTranslation pair, SpanDifference d) => Info.Suggestion;

    public sealed class Kind : IRuleKind
    {
        public string Name => "fresh-addition";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            new FreshAdditionRule(info, FreshAdditionOptions.Read(parameters));
    }
}
