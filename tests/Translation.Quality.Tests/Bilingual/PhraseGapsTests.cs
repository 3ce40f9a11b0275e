using Translation.Quality.Alignment;
using Translation.Quality.Documents;
using Translation.Quality.Rules;
using Translation.Quality.Rules.Kinds.Bilingual;
using Translation.Quality.Text;

namespace Translation.Quality.Tests.Bilingual;

/// <summary>Word links inside one aligned pair, and the phrase-level gaps found from them (invented pairs).</summary>
public sealed class PhraseGapsTests
{
    private static readonly PhraseGapOptions Gaps = new(RunWords: 3, MinSupport: 0.6, Neighbours: false, Edge: true, Balance: 0.5, NameWeight: 2);

    private static (RuleContext Context, LinkView View) Pair(string source, string target, string language)
    {
        var article = new Article { Id = "t", Path = "t", SourceLanguage = language, TargetLanguage = "en", Text = target, SourceText = source };
        var analysis = AnalyzedText.Analyze(article, Translation.Quality.Composition.AnalysisDefaults.Tagger);
        var bilingual = ArticleAligner.Align(article, analysis.Sentences, []);
        var context = new RuleContext(analysis, []) { Bilingual = bilingual };
        return (context, Assert.Single(LinkView.All(context)));
    }

    private static List<string> Added(string source, string target, string language)
    {
        var (context, view) = Pair(source, target, language);
        return PhraseGaps.Added(context, view, Gaps).Select(s => target[s.Start..s.End]).ToList();
    }

    private static List<(string Target, string Source)> Omitted(string source, string target, string language)
    {
        var (context, view) = Pair(source, target, language);
        return PhraseGaps.Omitted(context, view, Gaps).Select(g => (target[g.Target.Start..g.Target.End], source[g.Source.Start..g.Source.End])).ToList();
    }

    [Fact]
    public void ATailClauseNothingInTheSourceSupports_IsAnAddition()
    {
        Assert.Equal(
            ["hidden in banana crates"],
            Added(
                "La police a arrêté lundi à Marseille trois suspects soupçonnés d'avoir organisé un important trafic de cocaïne entre l'Espagne et la France.",
                "Police in Marseille on Monday arrested three suspects suspected of organising a large cocaine traffic between Spain and France, hidden in banana crates.",
                "fr"));
    }

    [Fact]
    public void AFaithfulTranslation_HasNoGap()
    {
        const string source = "La police a arrêté lundi à Lille quatre suspects soupçonnés d'avoir organisé un trafic de voitures entre la Belgique et la France.";
        const string target = "Police in Lille on Monday arrested four suspects suspected of organising a car traffic between Belgium and France.";

        Assert.Empty(Added(source, target, "fr"));
        Assert.Empty(Omitted(source, target, "fr"));
    }

    [Fact]
    public void AGlossInBrackets_IsNoAddition()
    {
        Assert.Empty(Added(
            "La police a arrêté lundi à Lille quatre suspects soupçonnés d'avoir organisé un trafic de voitures entre la Belgique et la Pologne.",
            "Police in Lille on Monday arrested four suspects suspected of organising a car traffic between Belgium and Poland (a frequent destination of stolen vehicles).",
            "fr"));
    }

    [Fact]
    public void DroppedPlaceNames_AreAnOmission_SpannedAtTheNameBeforeThem()
    {
        var gap = Assert.Single(Omitted(
            "Le préfet a visité mercredi les écoles de Valbrune, de Castelmoron et de Pradinas, fermées depuis la tempête.",
            "The prefect on Wednesday visited the schools in Valbrune, closed since the storm.",
            "fr"));

        // The target span runs from the rendering of the word before the gap towards the one after it.
        Assert.StartsWith("Valbrune", gap.Target);
        Assert.StartsWith("Castelmoron et de Pradinas", gap.Source);
    }

    [Fact]
    public void SourceWordsLinkOneToOne_SoAWordSaidOnceDoesNotCoverTwo()
    {
        var (context, view) = Pair(
            "Le préfet a visité mercredi les écoles de Valbrune et les écoles de Pradinas.",
            "The prefect on Wednesday visited the schools in Valbrune.",
            "fr");

        var alignment = PhraseAlignment.Align(context, view.Target!.Value, view.WideTarget!.Value, view.Source!.Value, view.WideSource!.Value, neighbours: false);
        var schools = alignment.Source.Where(w => context.Bilingual!.Source[w.Span.Start..w.Span.End] == "écoles").ToList();

        Assert.Equal(2, schools.Count);
        Assert.Single(schools, w => w.Linked);
    }

    [Fact]
    public void AGermanPastTenseVerb_IsLinkedThroughItsInfinitive()
    {
        var (context, view) = Pair("Der Bürgermeister eröffnete die Brücke.", "The mayor opened the bridge.", "de");

        var alignment = PhraseAlignment.Align(context, view.Target!.Value, view.WideTarget!.Value, view.Source!.Value, view.WideSource!.Value, neighbours: false);

        Assert.All(alignment.Source, w => Assert.True(w.Linked, context.Bilingual!.Source[w.Span.Start..w.Span.End]));
    }

    [Theory]
    [InlineData("dies", "die")]
    [InlineData("cities", "city")]
    [InlineData("ruled", "rule")]
    public void EnglishKeys_IncludeTheBaseForm(string word, string bare) =>
        Assert.Contains(bare, PhraseAlignment.EnglishKeys(word));
}
