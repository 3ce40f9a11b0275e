using Translation.Quality.Text;
using Translation.Quality.WordOrder;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// <c>kind: fresh-word-order</c> — a wire word that matches a fresh word only out of order and is
/// torn from a fresh neighbour ("the Yuri aeronautical factory Gagarin" against "the Yuri Gagarin
/// aeronautical factory"), or turned round with nothing between ("the owners large"); and two
/// neighbouring blocks the fresh translation has the other way round where the word-order model
/// finds the fresh order far more probable English ("the bill debated will be" / "will be debated").
/// The message may name {wire}, {fresh}, {translation} (the whole fresh translation) and {source}.
/// Silent without fresh translations: the check stage has none, the verify stage fetches them.
/// </summary>
internal sealed class FreshWordOrderRule(RuleInfo info, FreshWordOrderOptions options) : FreshDifferenceRule(info, SpanDifferenceKind.Misplaced)
{
    // The model loads on the first fresh translation that reaches this rule, not when the pack is read.
    private static readonly Lazy<WordOrderScorer> Scorer = new(() => new WordOrderScorer(WordOrderModel.Default, new WordOrderScoringOptions()));

    public bool NeedsTagger => true;

    public IReadOnlyList<RuleData> Data { get; } = [RuleData.WordOrderModel];

    public override void Check(RuleContext context)
    {
        var reported = new List<(int Start, int End)>();
        foreach (var (pair, d) in FreshComparisons.Of(context, SpanDifferenceKind.Misplaced))
        {
            if (Accepts(d))
            {
                context.Report(d.Start, d.End, FreshComparisons.Message(Info.Message, pair, d), Suggestion(pair, d));
                reported.Add((d.Start, d.End));
            }
        }

        if (context.FreshTranslations is not { Count: > 0 } fresh || !context.Analysis.HasTagger)
        {
            return;
        }

        foreach (var pair in fresh)
        {
            ReportSwaps(context, pair, reported);
        }
    }

    private void ReportSwaps(RuleContext context, FreshTranslation pair, List<(int Start, int End)> reported)
    {
        var analysis = context.Analysis;
        var text = context.Text;
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var sentence = analysis.Sentences[s];
            if (sentence.Start < pair.TargetStart || sentence.End > pair.TargetEnd)
            {
                continue;
            }

            var tokens = analysis.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
            var tags = analysis.TagsOf(s);
            foreach (var swap in FreshBlockSwaps.Find(text, tokens, pair.Fresh, options.MaxBlock))
            {
                var start = tokens[swap.Start].Start;
                var end = tokens[swap.Start + swap.Left + swap.Right - 1].End;
                if (reported.Any(r => r.Start < end && start < r.End))
                {
                    continue;
                }

                // An adverb stands in several places in good English ("has so far been" / "has been … so far").
                if (Adverbial(text, tokens, tags, swap.Start, swap.Left) || Adverbial(text, tokens, tags, swap.Start + swap.Left, swap.Right))
                {
                    continue;
                }

                var gain = Scorer.Value.SwapGain(text, tokens, tags, swap.Start, swap.Left, swap.Right);
                if (gain < options.SwapGain)
                {
                    continue;
                }

                var left = text[start..tokens[swap.Start + swap.Left - 1].End];
                var right = text[tokens[swap.Start + swap.Left].Start..end];
                var repaired = right + " " + left;
                var d = new SpanDifference(SpanDifferenceKind.Misplaced, start, end, text[start..end], repaired) { Words = swap.Left + swap.Right };
                context.Report(start, end, FreshComparisons.Message(Info.Message, pair, d), repaired);
                reported.Add((start, end));
            }
        }
    }

    /// <summary>A block of adverbs and function words only, with an adverb among them ("so far", "once again"; not "will be").</summary>
    private static bool Adverbial(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<PosTag> tags, int start, int length)
    {
        var adverb = false;
        for (var i = start; i < start + length; i++)
        {
            adverb |= tags[i] == PosTag.ADV;
            if (tags[i] != PosTag.ADV && !EnglishFunctionWords.All.Contains(tokens[i].GetText(text).ToLowerInvariant()))
            {
                return false;
            }
        }

        return adverb;
    }

    protected override bool Accepts(SpanDifference d) => options.Accepts(d);

    protected override string? Suggestion(FreshTranslation pair, SpanDifference d) => d.Fresh;

    public sealed class Kind : IRuleKind
    {
        public string Name => "fresh-word-order";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            new FreshWordOrderRule(info, FreshWordOrderOptions.Read(parameters));
    }
}
