using Translation.Quality.Alignment;
using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Rules;
using Translation.Quality.Text;

namespace Translation.Quality.Tests.Bilingual;

/// <summary>The bilingual kinds as the built-in packs configure them, on pairs beyond the packs' own examples.</summary>
public sealed class BilingualRuleTests
{
    private static readonly Lazy<RuleSet> Rules = new(() => new ConfigLoader().Load(null).Rules);

    private static List<Finding> Check(string ruleId, string target, string? source, string language = "fr")
    {
        var rule = Rules.Value.AllRules.Single(r => r.Info.Id == ruleId);
        var article = new Article { Id = "t", Path = "t", SourceLanguage = language, TargetLanguage = "en", Text = target, SourceText = source };
        var analysis = AnalyzedText.Analyze(article, Translation.Quality.Composition.AnalysisDefaults.Tagger);
        var diagnostics = new List<Diagnostic>();
        var bilingual = ArticleAligner.Align(article, analysis.Sentences, diagnostics);
        var findings = new List<Finding>();
        RuleChecker.Run(analysis, [rule], findings, diagnostics, bilingual: bilingual);
        Assert.Empty(diagnostics);
        return findings;
    }

    [Theory]
    [InlineData("fr", "Le chantier a coûté 14.000 euros.", "The work cost 14,000 euros.")]
    [InlineData("fr", "Le taux est passé à 3,7 %.", "The rate rose to 3.7%.")]
    [InlineData("fr", "Le train part à 14h30.", "The train leaves at 2:30 p.m.")]
    [InlineData("fr", "Le vote a eu lieu le 15/09/2023.", "The vote took place on Sept. 15, 2023.")]
    [InlineData("fr", "Douze élus ont voté contre le texte.", "Twelve councillors voted against the text.")]
    [InlineData("fr", "Une vingtaine de personnes ont été évacuées.", "About 20 people were evacuated.")]
    [InlineData("de", "Neun Menschen wurden verletzt.", "Nine people were injured.")]
    [InlineData("de", "Die Sitzung beginnt um 18.30 Uhr.", "The session starts at 6:30 p.m.")]
    [InlineData("de", "Der Konzern investiert 1,5 Mio. Euro.", "The group is investing 1.5 million euros.")]
    [InlineData("es", "El Gobierno destinará 14.000 millones de euros.", "The government will allocate 14 billion euros.")]
    [InlineData("es", "Treinta y cinco personas resultaron heridas.", "Thirty-five people were injured.")]
    public void Numbers_ReformattedAreTheSameNumber(string language, string source, string target) =>
        Assert.Empty(Check($"{language.ToUpperInvariant()}_BI_NUMBER_MISMATCH", target, source, language));

    [Fact]
    public void Numbers_AChangedNumberIsFlaggedWithTheSourceSpan()
    {
        const string source = "Le plan prévoit 14.000 suppressions d'emplois.";

        var f = Assert.Single(Check("FR_BI_NUMBER_MISMATCH", "The plan provides for 41,000 job cuts.", source));

        Assert.Equal("41,000", f.Text);
        Assert.NotNull(f.Source);
        Assert.Equal("14.000", f.Source.Text);
        Assert.Equal(source[f.Source.Start..f.Source.End], f.Source.Text);
    }

    [Fact]
    public void Numbers_ATargetNumberTheSourceLacksIsFlagged()
    {
        var f = Assert.Single(Check("FR_BI_NUMBER_MISMATCH", "The fire destroyed 40 homes in the valley.", "L'incendie a détruit des maisons dans la vallée."));

        Assert.Equal("40", f.Text);
    }

    [Theory]
    [InlineData("fr", "Le ministre allemand s'est rendu à Londres.", "The German minister travelled to London.")]
    [InlineData("de", "Putins Sprecher äußerte sich in Mailand.", "Putin's spokesman spoke in Milan.")]
    [InlineData("fr", "Le vice-Premier ministre Denis Mantourov est arrivé.", "Deputy Prime Minister Denis Manturov arrived.")]
    [InlineData("es", "La OTAN se reunió en Bruselas.", "NATO met in Brussels.")]
    [InlineData("de", "Die Elbbrücke in Dresden bleibt gesperrt.", "The bridge over the Elbe in Dresden remains closed.")]
    public void Names_ExonymsDeclensionAndTransliterationsAreTheSameName(string language, string source, string target) =>
        Assert.Empty(Check($"{language.ToUpperInvariant()}_BI_NAME_MISMATCH", target, source, language));

    [Fact]
    public void Names_ADifferentPersonIsFlaggedAndTheSourceNameSuggested()
    {
        var f = Assert.Single(Check("DE_BI_NAME_MISMATCH", "Spokesman Reichert confirmed the talks.", "Sprecher Reichardt bestätigte die Gespräche.", "de"));

        Assert.Equal("Reichert", f.Text);
    }

    [Theory]
    [InlineData("Il ne reste que deux jours.", "Only two days remain.")]
    [InlineData("Personne n'a revendiqué l'attaque.", "Nobody has claimed the attack.")]
    [InlineData("Le texte n'a pas été adopté.", "MPs failed to adopt the text.")]
    [InlineData("Il est parti avant que la police n'arrive.", "He left before the police arrived.")]
    [InlineData("Jamais une sonde ne s'était autant approchée.", "It was the closest a probe had ever come.")]
    public void Negation_IdiomaticAndRestrictiveFormsAreNoMismatch(string source, string target) =>
        Assert.Empty(Check("FR_BI_NEGATION_MISMATCH", target, source));

    [Fact]
    public void Negation_AnAddedNotIsFlaggedOnTheNot()
    {
        var f = Assert.Single(Check("ES_BI_NEGATION_MISMATCH", "The court did not accept the appeal.", "El tribunal aceptó el recurso.", "es"));

        Assert.Equal("not", f.Text);
    }

    [Fact]
    public void Omission_ASourceSentenceWithNoTranslationIsFlaggedBesideTheGap()
    {
        const string source = "Le sommet s'est ouvert lundi à Bruxelles.\n\nLes dirigeants ont longuement débattu du budget agricole et des aides aux éleveurs.\n\nIls se retrouveront en mars.";
        const string target = "The summit opened in Brussels on Monday.\n\nThey will meet again in March.";

        var f = Assert.Single(Check("FR_BI_OMISSION", target, source));

        Assert.Contains("aides aux éleveurs", f.Source!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryBilingualRule_IsSilentOnMonolingualCopy()
    {
        const string text = "The plan provides for 41,000 job cuts, minister Shoigu did not say.";
        foreach (var rule in Rules.Value.AllRules.Where(r => r.NeedsSource))
        {
            Assert.Empty(Check(rule.Info.Id, text, null, rule.Info.Id[..2].ToLowerInvariant()));
        }
    }

    [Fact]
    public void UntranslatedSentence_ADatelineInCapitalsIsNotFlagged() =>
        Assert.Empty(Check("ES_BI_UNTRANSLATED", "LAS PALMAS DE GRAN CANARIA, January 21 (EFE) -", "LAS PALMAS DE GRAN CANARIA, 21 de enero (EFE) -", "es"));
}
