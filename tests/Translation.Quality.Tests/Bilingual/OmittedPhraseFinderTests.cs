using Translation.Quality.Documents;
using Translation.Quality.Rules.Kinds.Bilingual;

namespace Translation.Quality.Tests.Bilingual;

public sealed class OmittedPhraseFinderTests
{
    private static List<string> Omitted(string source, string target, string language = "fr") =>
        OmittedPhraseFinder.Find(source, new TextSpan(0, source.Length), language, target, new TextSpan(0, target.Length), 3)
            .Select(s => source[s.Start..s.End]).ToList();

    [Fact]
    public void ClauseNothingInTheTranslationRenders_IsFound()
    {
        Assert.Equal(
            ["dont la façade menaçait de s'effondrer"],
            Omitted("Les pompiers ont évacué l'immeuble, dont la façade menaçait de s'effondrer, vers minuit.", "Firefighters evacuated the building around midnight."));
    }

    [Fact]
    public void ClauseRenderedByCognatesOrDictionary_IsQuiet()
    {
        Assert.Empty(Omitted(
            "Les pompiers ont évacué l'immeuble, dont la façade menaçait de s'effondrer, vers minuit.",
            "Firefighters evacuated the building, whose facade threatened to collapse, around midnight."));
    }

    [Fact]
    public void LanguageWithoutOpeners_FindsNothing()
    {
        Assert.Empty(Omitted("Il pleut, qui sait pourquoi tant de pluie.", "It rains.", "it"));
    }
}
