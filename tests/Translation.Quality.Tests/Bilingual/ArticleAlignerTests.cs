using Translation.Quality.Alignment;
using Translation.Quality.Documents;
using Translation.Quality.Text;

namespace Translation.Quality.Tests.Bilingual;

public sealed class ArticleAlignerTests
{
    private const string Source = "Le gouvernement a présenté son budget mardi. Il prévoit une hausse des dépenses militaires.\n\nLes syndicats ont appelé à la grève jeudi.";
    private const string Target = "The government presented its budget on Tuesday. It plans to increase military spending.\n\nThe unions called a strike for Thursday.";

    private static (BilingualText? Text, List<Diagnostic> Diagnostics, Sentence[] Sentences) Align(string target, string? source, string language = "fr", IReadOnlyList<AlignedSegment>? units = null)
    {
        var article = new Article { Id = "a", Path = "a", SourceLanguage = language, TargetLanguage = "en", Text = target, SourceText = source, Alignment = units ?? [] };
        var sentences = AnalyzedText.Analyze(article).Sentences;
        var diagnostics = new List<Diagnostic>();
        return (ArticleAligner.Align(article, sentences, diagnostics), diagnostics, sentences);
    }

    [Fact]
    public void ParagraphsThenSentences_PairEachSentenceWithItsSource()
    {
        var (bilingual, diagnostics, sentences) = Align(Target, Source);

        Assert.Empty(diagnostics);
        Assert.NotNull(bilingual);
        Assert.Equal(3, bilingual.Links.Count);
        Assert.All(bilingual.Links, l => Assert.Equal("1–1", l.Shape));
        Assert.All(bilingual.Links, l => Assert.False(l.LowConfidence));
        var third = bilingual.Links[bilingual.LinkOf(2)];
        Assert.Equal("Les syndicats ont appelé à la grève jeudi.", Source[third.Source[0].Start..third.Source[0].End]);
        Assert.Equal(2, bilingual.LinkOf(sentences.Length - 1));
    }

    [Fact]
    public void ASourceSentenceWithNoTranslation_IsAOneToZeroLink()
    {
        var target = "The government presented its budget on Tuesday.\n\nThe unions called a strike for Thursday.";

        var (bilingual, _, _) = Align(target, Source);

        var dropped = Assert.Single(bilingual!.Links, l => l.Target.Count == 0);
        Assert.Equal("Il prévoit une hausse des dépenses militaires.", Source[dropped.Source[0].Start..dropped.Source[0].End]);
    }

    [Fact]
    public void TwoSourceSentencesMergedIntoOne_AreATwoToOneLink_AndTheNextPairsWithItsCognates()
    {
        // The translation joins the first two sentences; by length alone the short second source sentence
        // would pair with the short second target sentence and the third would be left untranslated. The
        // cognate "sesión"/"session" (they differ in their fifth letter) ties the second to the first
        // translation, and a merge whose every sentence shares an anchor keeps its whole bonus.
        var source = "El índice cerró el viernes con una caída del 2,1 %, hasta los 9.870 puntos, lastrado por las eléctricas. Es su peor sesión desde el pasado octubre. Los inversores reaccionaron con nerviosismo a los datos de empleo conocidos el jueves por la tarde.";
        var target = "The index closed down 2.1% at 9,870 points on Friday, weighed down by utilities, in its worst session since October. Investors reacted nervously to jobs data.";

        var (bilingual, _, _) = Align(target, source, "es");

        Assert.Equal(["2–1", "1–1"], bilingual!.Links.Select(l => l.Shape));
        var second = bilingual.Links[1];
        Assert.StartsWith("Los inversores", source[second.Source[0].Start..second.Source[0].End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sesion", "session", true)]
    [InlineData("inversores", "investors", true)]
    [InlineData("trimestrales", "quarterly", false)]
    [InlineData("gobierno", "government", false)]
    public void Cognates_AreWordsWhoseLetterPairsMostlyAgree(string a, string b, bool cognate)
    {
        Assert.Equal(cognate, SharedAnchors.Similarity(a, b) >= SharedAnchors.CognateSimilarity);
    }

    [Fact]
    public void XliffUnits_AreTakenAsAligned()
    {
        var target = "First unit.\n\nSecond unit here.";
        var source = "Première unité.\n\nDeuxième unité ici.";
        AlignedSegment[] units = [new("u1", 0, 11, "Première unité."), new("u2", 13, target.Length, "Deuxième unité ici.")];

        var (bilingual, diagnostics, _) = Align(target, source, units: units);

        Assert.Empty(diagnostics);
        Assert.Equal(2, bilingual!.Links.Count);
        Assert.Equal(17, bilingual.Links[1].Source[0].Start);
    }

    [Fact]
    public void EmptySource_IsAWarningAndNoAlignment()
    {
        var (bilingual, diagnostics, _) = Align(Target, "   \n ");

        Assert.Null(bilingual);
        var d = Assert.Single(diagnostics);
        Assert.Equal("TQ210", d.Code);
        Assert.False(d.IsError);
    }

    [Fact]
    public void HugeSource_IsAWarningAndNoAlignment()
    {
        var (bilingual, diagnostics, _) = Align("Short text.", string.Concat(Enumerable.Repeat("Une phrase de plus dans la source. ", 2000)));

        Assert.Null(bilingual);
        Assert.Equal("TQ211", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void SourceInAnotherLanguageThanDeclared_IsAWarningNamingIt()
    {
        var (bilingual, diagnostics, _) = Align(Target, "The government presented its budget on Tuesday and the unions said that they would strike with the others.");

        Assert.Null(bilingual);
        var d = Assert.Single(diagnostics);
        Assert.Equal("TQ212", d.Code);
        Assert.Contains("reads as en, not fr", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VeryDifferentParagraphCounts_AreAWarningAndEveryLinkIsLowConfidence()
    {
        var source = string.Join("\n\n", Enumerable.Range(1, 8).Select(i => $"Paragraphe numéro {i} de la dépêche, avec quelques mots de plus."));
        var target = "One paragraph with every sentence of the story in it.\n\nAnd a second one.";

        var (bilingual, diagnostics, _) = Align(target, source);

        Assert.Equal("TQ213", Assert.Single(diagnostics).Code);
        Assert.All(bilingual!.Links.Where(l => l.Source.Count > 0 && l.Target.Count > 0), l => Assert.True(l.LowConfidence));
    }

    [Fact]
    public void NoSource_IsNoAlignmentAndNoDiagnostic()
    {
        var (bilingual, diagnostics, _) = Align(Target, null);

        Assert.Null(bilingual);
        Assert.Empty(diagnostics);
    }
}
