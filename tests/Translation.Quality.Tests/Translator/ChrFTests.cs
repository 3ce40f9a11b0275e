using Translation.Quality.Translator;

namespace Translation.Quality.Tests.Translator;

public sealed class ChrFTests
{
    [Fact]
    public void Identical_texts_score_100_whatever_the_spacing_and_case() =>
        Assert.Equal(100, ChrF.Score("The  Minister said", "the minister said"), 6);

    [Fact]
    public void Unrelated_texts_score_low_and_close_ones_high()
    {
        var close = ChrF.Score("The government plans to cut taxes on farm diesel.", "The government plans to cut taxes on agricultural diesel.");
        var far = ChrF.Score("The executive is dreaming of a party at the petrol station.", "The government plans to cut taxes on agricultural diesel.");
        Assert.InRange(close, 70, 100);
        Assert.InRange(far, 0, 35);
        Assert.Equal(0, ChrF.Score(string.Empty, "x"));
    }

    [Fact]
    public void Recall_weighs_more_than_precision()
    {
        // β = 2: leaving words out costs more than adding them.
        const string reference = "the unions welcomed the measure";
        Assert.True(ChrF.Score("the unions welcomed the measure warmly", reference) > ChrF.Score("the unions welcomed", reference));
    }
}
