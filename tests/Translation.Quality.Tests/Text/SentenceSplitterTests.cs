using Translation.Quality.Text;

namespace Translation.Quality.Tests.Text;

public sealed class SentenceSplitterTests
{
    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        foreach (var (line, input, _) in SentenceSplitterCaseFile.Read())
        {
            data.Add(line, input);
        }

        return data;
    }

    [Fact]
    public void The_table_has_at_least_80_cases()
    {
        Assert.True(SentenceSplitterCaseFile.Read().Count >= 80);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_as_the_table_says(int line, string input)
    {
        var expected = SentenceSplitterCaseFile.Read().Single(c => c.Line == line).Expected;
        var tokens = Tokenizer.Tokenize(input);
        var sentences = SentenceSplitter.Split(input, tokens);

        var actual = sentences.Select(s => input[s.Start..s.End]).ToArray();
        Assert.Equal(expected, actual);
        AssertCoversAllTokens(tokens, sentences);
    }

    [Fact]
    public void Empty_text_has_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split(string.Empty, []));
        Assert.Empty(SentenceSplitter.Split("   \n ", Tokenizer.Tokenize("   \n ")));
    }

    [Fact]
    public void Offsets_point_into_the_text_as_given()
    {
        const string text = "  PARIS (AFP) –  Rain fell. It stopped.\r\n\r\nThe end.";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);

        Assert.Equal(["PARIS (AFP) –", "Rain fell.", "It stopped.", "The end."], sentences.Select(s => s.GetText(text)));
        Assert.Equal(2, sentences[0].Start);
        Assert.Equal(tokens[sentences[1].FirstToken].Start, sentences[1].Start);
        AssertCoversAllTokens(tokens, sentences);
    }

    private static void AssertCoversAllTokens(Token[] tokens, Sentence[] sentences)
    {
        var next = 0;
        foreach (var s in sentences)
        {
            Assert.Equal(next, s.FirstToken);
            Assert.True(s.TokenCount > 0);
            Assert.Equal(tokens[s.FirstToken].Start, s.Start);
            Assert.Equal(tokens[s.EndToken - 1].End, s.End);
            next = s.EndToken;
        }

        Assert.Equal(tokens.Length, next);
    }
}
