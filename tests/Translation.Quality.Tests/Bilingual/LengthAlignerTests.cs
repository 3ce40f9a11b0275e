using Translation.Quality.Alignment;

namespace Translation.Quality.Tests.Bilingual;

public sealed class LengthAlignerTests
{
    private static string Shapes(IReadOnlyList<LengthLink> links) => string.Join(' ', links.Select(l => $"{l.SourceCount}-{l.TargetCount}"));

    [Fact]
    public void EqualCountsOfSimilarLengthAlignOneToOne()
    {
        var links = LengthAligner.Align([120, 60, 200], [110, 58, 190], 0.95);

        Assert.Equal("1-1 1-1 1-1", Shapes(links));
        Assert.Equal([0, 1, 2], links.Select(l => l.TargetFrom));
    }

    [Fact]
    public void TwoSourceSentencesJoinedInTranslationAreOneTwoToOneLink()
    {
        var links = LengthAligner.Align([100, 80, 90, 150], [95, 170, 140], 1.0);

        Assert.Equal("1-1 2-1 1-1", Shapes(links));
    }

    [Fact]
    public void ASourceSentenceLeftOutIsAOneToZeroLink()
    {
        var links = LengthAligner.Align([100, 160, 90], [98, 92], 1.0);

        Assert.Equal("1-1 1-0 1-1", Shapes(links));
        Assert.Equal(1, links[1].SourceFrom);
    }

    [Fact]
    public void AnEmptySideGivesOnlyEmptyLinks()
    {
        Assert.Equal("1-0 1-0", Shapes(LengthAligner.Align([10, 20], [], 1.0)));
        Assert.Equal("0-1", Shapes(LengthAligner.Align([], [10], 1.0)));
    }
}
