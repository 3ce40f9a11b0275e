using CsCheck;
using Translation.Quality.Documents;
using Translation.Quality.Text;

namespace Translation.Quality.Tests.Properties;

/// <summary>The tokenizer and sentence splitter keep their shape on any input.</summary>
public sealed class TextProperties
{
    private const long Iterations = 3000;

    [Fact]
    public void Tokens_AreOrderedNonOverlappingInsideTheTextAndLeaveOutOnlySpaceAndInvisibles()
    {
        WireGen.Article.Sample(text =>
        {
            var tokens = Tokenizer.Tokenize(text);
            AssertTokens(text, tokens, 0, text.Length);
        }, iter: Iterations, print: WireGen.Escape);
    }

    [Fact]
    public void Tokens_OfARangeStayInsideIt()
    {
        Gen.Select(WireGen.Article, Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample((text, a, b) =>
        {
            var start = Math.Min(a, b) % (text.Length + 1);
            var end = Math.Clamp(Math.Max(a, b), start, text.Length);

            // Callers tokenize between token boundaries, never inside a character.
            start += SplitsPair(text, start) ? 1 : 0;
            end = Math.Max(start, end + (SplitsPair(text, end) ? 1 : 0));
            var tokens = new List<Token>();
            Tokenizer.Tokenize(text, start, end, tokens);
            AssertTokens(text, [.. tokens], start, end);
        }, iter: Iterations, print: t => $"{WireGen.Escape(t.Item1)} [{t.Item2}, {t.Item3}]");
    }

    [Fact]
    public void Sentences_CoverEveryTokenOnceInOrder()
    {
        WireGen.Article.Sample(text =>
        {
            var tokens = Tokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, tokens);
            if (tokens.Length == 0)
            {
                Assert.Empty(sentences);
                return;
            }

            Assert.NotEmpty(sentences);
            var next = 0;
            foreach (var s in sentences)
            {
                Assert.Equal(next, s.FirstToken);
                Assert.True(s.TokenCount > 0, "an empty sentence");
                Assert.True(s.EndToken <= tokens.Length);
                Assert.Equal(tokens[s.FirstToken].Start, s.Start);
                Assert.Equal(tokens[s.EndToken - 1].End, s.End);
                next = s.EndToken;
            }

            Assert.Equal(tokens.Length, next);

            // The lookups rules rely on agree with the split.
            var analysis = new AnalyzedText(new Article { Id = "p", Path = "p", SourceLanguage = "fr", TargetLanguage = "en", Text = text }, tokens, sentences);
            for (var t = 0; t < tokens.Length; t++)
            {
                var s = sentences[analysis.SentenceOfToken(t)];
                Assert.InRange(t, s.FirstToken, s.EndToken - 1);
                Assert.Equal(s, sentences[analysis.SentenceAt(tokens[t].Start)]);
            }
        }, iter: Iterations, print: WireGen.Escape);
    }

    /// <summary>Inputs the properties found that once threw; kept so they are tried on every run.</summary>
    [Theory]
    [InlineData("WASHINGTON \u2014 ")]
    [InlineData("15/09/2023 \u2013")]
    [InlineData("KYIV, Ukraine \u2014\n")]
    public void Split_OfInputsThatOnceThrew_CoversEveryToken(string text)
    {
        var tokens = Tokenizer.Tokenize(text);

        var sentences = SentenceSplitter.Split(text, tokens);

        Assert.Equal(tokens.Length, sentences.Sum(s => s.TokenCount));
    }

    private static void AssertTokens(string text, Token[] tokens, int start, int end)
    {
        var covered = new bool[text.Length];
        var previousEnd = start;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd, $"token [{token.Start}, {token.End}) overlaps or precedes the one before (ends {previousEnd})");
            Assert.True(token.End > token.Start, $"empty token at {token.Start}");
            Assert.True(token.End <= end, $"token [{token.Start}, {token.End}) runs past {end}");

            // A token never starts or ends inside a surrogate pair.
            Assert.False(SplitsPair(text, token.Start), $"token starts inside a surrogate pair at {token.Start}");
            Assert.False(SplitsPair(text, token.End), $"token ends inside a surrogate pair at {token.End}");
            for (var i = token.Start; i < token.End; i++)
            {
                covered[i] = true;
            }

            previousEnd = token.End;
        }

        for (var i = start; i < end; i++)
        {
            Assert.True(covered[i] || char.IsWhiteSpace(text[i]) || Tokenizer.IsInvisible(text[i]), $"'{WireGen.Escape(text[i].ToString())}' at {i} is in no token");
        }
    }

    private static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);
}
