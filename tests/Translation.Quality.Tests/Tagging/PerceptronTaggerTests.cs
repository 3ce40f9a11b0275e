using Translation.Quality.Tagging;
using Translation.Quality.Text;

namespace Translation.Quality.Tests.Tagging;

public sealed class PerceptronTaggerTests
{
    [Fact]
    public void ShippedModelTagsTheSampleAccurately()
    {
        var evaluation = TaggerEvaluator.Evaluate(PerceptronTagger.Default, SampleData.Path);

        Assert.Equal(2049, evaluation.Tokens);
        Assert.True(evaluation.Accuracy >= 0.92, $"accuracy {evaluation.Accuracy:P2} below 92%");
    }

    [Fact]
    public void TagsWireCopyFromOurTokenizer()
    {
        const string text = "Russian President Vladimir Putin visited the Gagarin Cosmonaut Training Centre outside Moscow on Tuesday, the Kremlin said.";
        var tokens = Tokenizer.Tokenize(text);

        var tags = PerceptronTagger.Default.Tag(text, tokens);

        PosTag TagOf(string word) => tags[Array.FindIndex(tokens, t => t.GetText(text) == word)];
        Assert.Equal(PosTag.PROPN, TagOf("Putin"));
        Assert.Equal(PosTag.PROPN, TagOf("Gagarin"));
        Assert.Equal(PosTag.VERB, TagOf("visited"));
        Assert.Equal(PosTag.DET, TagOf("the"));
        Assert.Equal(PosTag.PUNCT, TagOf("."));
    }

    [Fact]
    public void SplitsOfOurTokenizerGetUdTags()
    {
        const string text = "The minister didn't confirm Russia's offer.";
        var tokens = Tokenizer.Tokenize(text);

        var tags = PerceptronTagger.Default.Tag(text, tokens);

        var words = tokens.Select(t => t.GetText(text)).ToArray();
        Assert.Equal(["The", "minister", "did", "n't", "confirm", "Russia", "'s", "offer", "."], words);
        Assert.Equal(PosTag.PART, tags[3]);
        Assert.Equal(PosTag.PROPN, tags[5]);
        Assert.Equal(PosTag.PART, tags[6]);
    }

    [Fact]
    public void CurlyApostrophesTagLikeStraightOnes()
    {
        const string straight = "Moscow's mayor didn't comment.";
        const string curly = "Moscow\u2019s mayor didn\u2019t comment.";

        var a = PerceptronTagger.Default.Tag(straight, Tokenizer.Tokenize(straight));
        var b = PerceptronTagger.Default.Tag(curly, Tokenizer.Tokenize(curly));

        Assert.Equal(a, b);
    }

    [Fact]
    public void EmptyAndLongSentencesAreHandled()
    {
        PerceptronTagger.Default.Tag(string.Empty, ReadOnlySpan<Token>.Empty, Span<PosTag>.Empty);

        // Longer than the stack buffer: exercises the pooled path.
        var text = string.Join(" ", Enumerable.Repeat("the cat sat on the mat ,", 60)) + " .";
        var tokens = Tokenizer.Tokenize(text);
        var tags = PerceptronTagger.Default.Tag(text, tokens);

        Assert.Equal(tokens.Length, tags.Length);
        Assert.Equal(PosTag.DET, tags[0]);
        Assert.Equal(PosTag.NOUN, tags[^3]); // "mat"
    }

    [Fact]
    public void ConcurrentTaggingMatchesSequential()
    {
        var inputs = SampleData.Sentences.Select(s => string.Join(' ', s.Forms)).Select(text => (Text: text, Tokens: Tokenizer.Tokenize(text))).ToArray();
        var tagger = PerceptronTagger.Default;
        var expected = inputs.Select(i => tagger.Tag(i.Text, i.Tokens)).ToArray();

        var actual = new PosTag[8][][];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            var results = new PosTag[inputs.Length][];

            // Each worker walks the sentences in a different order so the threads interleave.
            for (var k = 0; k < inputs.Length; k++)
            {
                var i = (k * 7 + worker * 13) % inputs.Length;
                results[i] = tagger.Tag(inputs[i].Text, inputs[i].Tokens);
            }

            actual[worker] = results;
        });

        Assert.All(actual, results => Assert.Equal(expected, results));
    }
}
