using Translation.Quality.Documents;
using Translation.Quality.Text;
using Translation.Quality.Translator;

namespace Translation.Quality.Tests.Translator;

public sealed class BilingualAlignerTests
{
    private static IReadOnlyList<AlignedSentence>? Align(string text, string source, out string? reason)
    {
        var article = new Article { Id = "a", Path = "a", SourceLanguage = "fr", TargetLanguage = "en", Text = text, SourceText = source };
        return BilingualAligner.Align(article, AnalyzedText.Analyze(article).Sentences, out reason);
    }

    [Fact]
    public void Paragraphs_then_sentences_and_a_unit_with_other_counts_is_compared_whole()
    {
        const string source = "Il pleut. Il fait froid.\nLe match est reporté.";
        const string text = "It is raining and cold.\nThe match is postponed.";
        var pairs = Align(text, source, out _)!;

        Assert.Equal(2, pairs.Count);
        Assert.Equal("Il pleut. Il fait froid.", pairs[0].Source);
        Assert.Equal("It is raining and cold.", text[pairs[0].TargetStart..pairs[0].TargetEnd]);
        Assert.Equal("The match is postponed.", text[pairs[1].TargetStart..pairs[1].TargetEnd]);
    }

    [Fact]
    public void Merged_paragraphs_fall_back_to_sentence_order()
    {
        var pairs = Align("It rains. The match is off.", "Il pleut.\n\nLe match est reporté.", out _)!;
        Assert.Equal(["Il pleut.", "Le match est reporté."], pairs.Select(p => p.Source));
    }

    [Fact]
    public void Texts_that_cannot_be_lined_up_say_why()
    {
        Assert.Null(Align("One. Two. Three.", "Un.\n\nDeux.", out var reason));
        Assert.Contains("could not be aligned", reason, StringComparison.Ordinal);
    }
}
