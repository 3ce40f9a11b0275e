using Translation.Quality.Translator;

namespace Translation.Quality.Tests.Translator;

public sealed class SourceSentenceSplitterTests
{
    private static List<string> Split(string text, string language) =>
        [.. SourceSentenceSplitter.Split(text, language).Select(s => text[s.Start..s.End])];

    [Fact]
    public void French_titles_and_initials_do_not_end_a_sentence()
    {
        Assert.Equal(
            ["M. Dupont et J. Martin ont signé l'accord.", "« Nous sommes satisfaits », a dit Mme Leroy."],
            Split("M. Dupont et J. Martin ont signé l'accord. « Nous sommes satisfaits », a dit Mme Leroy.", "fr"));
    }

    [Fact]
    public void A_German_ordinal_before_a_month_does_not_end_a_sentence()
    {
        Assert.Equal(
            ["Die Wahl findet am 3. Oktober statt.", "Nr. 5 der Liste ist Dr. Vollmer."],
            Split("Die Wahl findet am 3. Oktober statt. Nr. 5 der Liste ist Dr. Vollmer.", "de"));
    }

    [Fact]
    public void Spanish_inverted_marks_open_a_sentence()
    {
        Assert.Equal(
            ["El Sr. García llegó tarde.", "¿Por qué?", "Nadie lo sabe."],
            Split("El Sr. García llegó tarde. ¿Por qué? Nadie lo sabe.", "es"));
    }
}
