using Translation.Quality.Text;

namespace Translation.Quality.Tests.Text;

public sealed class SentenceWordIndexTests
{
    /// <summary>Invented copy of more than 64 sentences, so the sentence masks span several words.</summary>
    private static string Article()
    {
        var sentences = new List<string>();
        for (var i = 0; i < 150; i++)
        {
            sentences.Add(i % 7 == 3 ? $"The Harbour board met on day {i}." : i % 11 == 5 ? $"Lanterns and HARBOUR lights burned, said officer {i}." : $"Rain fell on the valley {i} times.");
        }

        return string.Join(' ', sentences);
    }

    [Theory]
    [InlineData("harbour")]
    [InlineData("HARBOUR")]
    [InlineData("lanterns")]
    [InlineData("the")]
    [InlineData("142")]
    [InlineData(".")]
    [InlineData("glacier")]
    [InlineData("harbo")]
    public void Lists_every_sentence_holding_a_form_in_any_case(string word)
    {
        var text = Article();
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        Assert.True(sentences.Length > 128);
        var index = SentenceWordIndex.Build(text, tokens, sentences);
        var mask = new ulong[index.MaskLength];

        index.AddSentencesOf(word, mask);

        for (var s = 0; s < sentences.Length; s++)
        {
            var holds = false;
            for (var k = sentences[s].FirstToken; k < sentences[s].EndToken; k++)
            {
                holds |= tokens[k].Slice(text).Equals(word, StringComparison.OrdinalIgnoreCase);
            }

            // The filter may name a sentence without the form (the rules check its tokens), never miss one with it.
            if (holds)
            {
                Assert.True(SentenceWordIndex.Has(mask, s), $"sentence {s} holds '{word}'");
            }
        }
    }
}
