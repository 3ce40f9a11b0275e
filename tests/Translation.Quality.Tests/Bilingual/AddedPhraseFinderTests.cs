using Translation.Quality.Documents;
using Translation.Quality.Rules.Kinds.Bilingual;

namespace Translation.Quality.Tests.Bilingual;

public sealed class AddedPhraseFinderTests
{
    private static List<string> Added(string source, string target, string language, int minWords = 3) =>
        AddedPhraseFinder.Find(target, new TextSpan(0, target.Length), source, new TextSpan(0, source.Length), language, minWords)
            .Select(s => target[s.Start..s.End]).ToList();

    [Fact]
    public void ClauseWithNothingBehindItInTheSource_IsFound()
    {
        var found = Added(
            "Le conseil municipal a voté le budget jeudi.",
            "The municipal council voted the budget on Thursday, which angered shopkeepers downtown.",
            "fr");

        Assert.Equal(["which angered shopkeepers downtown"], found);
    }

    [Fact]
    public void ClauseTheSourceHasAsCognates_IsQuiet()
    {
        Assert.Empty(Added(
            "Le conseil municipal, qui a voté le budget jeudi, a promis une réforme.",
            "The municipal council, which voted the budget on Thursday, promised a reform.",
            "fr"));
    }

    [Fact]
    public void ClauseTheDictionaryRenders_IsQuiet()
    {
        // "Hund" / "dog" share no letters: only the FreeDict-derived table links them.
        Assert.Empty(Added(
            "Der Nachbar, dessen Hund bellte, rief an.",
            "The neighbour, whose dog barked, called.",
            "de",
            minWords: 2));
    }

    [Fact]
    public void OpenerInsideAPhrase_StartsNothing()
    {
        Assert.Empty(Added("Le train est parti.", "The train left the day before yesterday morning early.", "fr"));
    }

    [Fact]
    public void Dictionary_RendersAnInflectedSourceWord()
    {
        var renderings = BilingualDictionary.For("fr").Renderings("voitures");

        Assert.Contains(BilingualDictionary.Key("car"), renderings);
        Assert.Empty(BilingualDictionary.For("xx").Renderings("voiture"));
    }
}
