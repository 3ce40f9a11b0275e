using Translation.Quality.Rules.Kinds.Fresh;
using Translation.Quality.Tagging;
using Translation.Quality.Text;
using Translation.Quality.WordOrder;

namespace Translation.Quality.Tests.Translator;

/// <summary>
/// The swaps a fresh translation proposes for a wire sentence, and the word-order model's verdict on
/// them: a proposal is only evidence when the model finds the fresh order far more probable English.
/// </summary>
public sealed class FreshBlockSwapsTests
{
    private static readonly WordOrderScorer Scorer = new(WordOrderModel.Default, new WordOrderScoringOptions());

    [Theory]
    [InlineData("The treaty signed was by both sides.", "The treaty was signed by both sides.", "signed was")]
    [InlineData("Talks resume could next week.", "Talks could resume next week.", "resume could")]
    public void Two_neighbouring_blocks_the_fresh_translation_turns_round_are_proposed(string wire, string fresh, string stretch)
    {
        var tokens = Tokenizer.Tokenize(wire);

        var swaps = FreshBlockSwaps.Find(wire, tokens, fresh, maxBlock: 5);

        Assert.Contains(swaps, s => wire[tokens[s.Start].Start..tokens[s.Start + s.Left + s.Right - 1].End] == stretch);
    }

    [Fact]
    public void A_stretch_both_translations_have_in_the_same_order_is_not_proposed()
    {
        const string Wire = "The council adopted the budget on Monday.";
        var tokens = Tokenizer.Tokenize(Wire);

        Assert.Empty(FreshBlockSwaps.Find(Wire, tokens, "The council adopted the budget on Monday.", maxBlock: 5));
    }

    [Fact]
    public void Function_words_alone_are_never_proposed()
    {
        const string Wire = "He said that it was over.";
        var tokens = Tokenizer.Tokenize(Wire);

        // "it was" / "was it": no content word in the stretch, so nothing to report however the model scores it.
        Assert.DoesNotContain(FreshBlockSwaps.Find(Wire, tokens, "He said that was it over.", maxBlock: 5), s => s.Left + s.Right == 2 && s.Start == 3);
    }

    [Fact]
    public void The_model_gains_from_repairing_a_verb_left_past_its_auxiliary_and_loses_from_breaking_it()
    {
        var garbled = Gain("The treaty signed was by both sides.", start: 2, left: 1, right: 1);
        var broken = Gain("The treaty was signed by both sides.", start: 2, left: 1, right: 1);

        Assert.True(garbled > 0, $"repairing gained {garbled}");
        Assert.True(broken < 0, $"breaking gained {broken}");
        Assert.True(garbled - broken > 6, $"{garbled} against {broken}");
    }

    private static double Gain(string text, int start, int left, int right)
    {
        var tokens = Tokenizer.Tokenize(text);
        var tags = new PosTag[tokens.Length];
        PerceptronTagger.Default.Tag(text, tokens, tags);
        return Scorer.SwapGain(text, tokens, tags, start, left, right);
    }
}
