using Translation.Quality.Text;

namespace Translation.Quality.Tests.Text;

public sealed class TokenizerNegationTests
{
    [Theory]
    [InlineData("didn't", "did|n't")]
    [InlineData("don't", "do|n't")]
    [InlineData("can't", "ca|n't")]
    [InlineData("isn\u2019t", "is|n\u2019t")]
    [InlineData("WON'T", "WO|N'T")]
    [InlineData("O'Neill's", "O'Neill|'s")]
    [InlineData("Côte d'Ivoire", "Côte|d'Ivoire")]
    public void SplitsNegationTheUdWay(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(expected, string.Join('|', tokens.Select(t => t.GetText(text))));
    }
}
