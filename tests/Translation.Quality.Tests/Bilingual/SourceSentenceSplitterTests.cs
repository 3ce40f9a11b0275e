using Translation.Quality.Alignment;

namespace Translation.Quality.Tests.Bilingual;

public sealed class SourceSentenceSplitterTests
{
    private static List<string> Split(string text, string language) =>
        [.. SourceSentenceSplitter.Split(text, language).Select(s => text[s.Start..s.End])];

    [Fact]
    public void French_AbbreviationsOrdinalsAndDecimalCommasDoNotEndASentence()
    {
        var text = "M. Durand a reçu 3,7 millions le 1er mars. Mme Roux, etc. et le Dr Lemaire sont venus. La suite viendra.";

        Assert.Equal(["M. Durand a reçu 3,7 millions le 1er mars.", "Mme Roux, etc. et le Dr Lemaire sont venus.", "La suite viendra."], Split(text, "fr"));
    }

    [Fact]
    public void French_GuillemetsStayWithTheSentenceTheyClose()
    {
        var text = "« Nous ne partirons pas. » Le ministre a quitté la salle. « Pourquoi ? », a-t-il demandé.";

        Assert.Equal(["« Nous ne partirons pas. »", "Le ministre a quitté la salle.", "« Pourquoi ? », a-t-il demandé."], Split(text, "fr"));
    }

    [Fact]
    public void German_OrdinalsAndAbbreviationsDoNotEndASentenceButANumberBeforeAnOpenerDoes()
    {
        var text = "Am 3. Oktober kamen z. B. rund 14.000 Menschen, u.a. aus Nr. 5. Die Zahl stieg auf 300. Das ist neu.";

        Assert.Equal(["Am 3. Oktober kamen z. B. rund 14.000 Menschen, u.a. aus Nr. 5.", "Die Zahl stieg auf 300.", "Das ist neu."], Split(text, "de"));
    }

    [Fact]
    public void Spanish_AbbreviationsAndInvertedMarks()
    {
        var text = "El Sr. López llegó a EE.UU. el lunes. ¿Volverá pronto? ¡Sí!";

        Assert.Equal(["El Sr. López llegó a EE.UU. el lunes.", "¿Volverá pronto?", "¡Sí!"], Split(text, "es"));
    }

    [Fact]
    public void LineBreaksEndSentencesAndOffsetsPointIntoTheText()
    {
        var text = "  Titre sans point\nPremière phrase. Deuxième phrase.\n\n";
        var spans = SourceSentenceSplitter.Split(text, "fr");

        Assert.Equal(["Titre sans point", "Première phrase.", "Deuxième phrase."], spans.Select(s => text[s.Start..s.End]));
        Assert.Equal(2, spans[0].Start);
    }
}
