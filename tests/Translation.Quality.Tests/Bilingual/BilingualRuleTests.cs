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

    private static List<Finding> Check(string ruleId, string target, string? source, string language = "fr") =>
        Run([ruleId], target, source, language);

    /// <summary>Runs the packs' rules of these ids, in this order, on one aligned pair (a monolingual article without a source).</summary>
    private static List<Finding> Run(string[] ruleIds, string target, string? source, string language = "fr")
    {
        var rules = ruleIds.Select(id => Rules.Value.AllRules.Single(r => r.Info.Id == id)).ToList();
        var article = new Article { Id = "t", Path = "t", SourceLanguage = language, TargetLanguage = "en", Text = target, SourceText = source };
        var analysis = AnalyzedText.Analyze(article, Translation.Quality.Composition.AnalysisDefaults.Tagger);
        var diagnostics = new List<Diagnostic>();
        var bilingual = source is null ? null : ArticleAligner.Align(article, analysis.Sentences, diagnostics);
        var findings = new List<Finding>();
        RuleChecker.Run(analysis, rules, findings, diagnostics, bilingual: bilingual);
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
    [InlineData("fr", "Huit électeurs sur dix ont voté pour le maire sortant.", "80% of voters backed the outgoing mayor.")]
    [InlineData("es", "El banco subió los tipos un cuarto de punto.", "The bank raised rates by 0.25 percentage points.")]
    [InlineData("fr", "Un bus passe toutes les demi-heures.", "A bus runs every 30 minutes.")]
    [InlineData("fr", "Le vol dure 1h30 depuis Lyon.", "The flight from Lyon takes an hour and a half.")]
    [InlineData("fr", "Le décollage a eu lieu à 6h05 GMT.", "Lift-off was at 0605 GMT.")]
    [InlineData("fr", "En double, les Françaises ont gagné 6-3, 6-4.", "The French pair won the doubles 6-3, 6-4.")]
    [InlineData("fr", "Le risque est classé 3 sur une échelle de 5.", "The risk is rated 3 out of 5.")]
    [InlineData("es", "El museo abrirá hasta las nueve de la noche.", "The museum will stay open until 9 p.m.")]
    [InlineData("fr", "Le marché ferme à cinq heures du soir.", "The market closes at 5 p.m.")]
    [InlineData("de", "Die Messe öffnet um acht Uhr morgens.", "The fair opens at 8 a.m.")]
    [InlineData("fr", "La tempête a abattu plusieurs dizaines d'arbres.", "The storm felled several dozen trees.")]
    [InlineData("es", "Decenas de vecinos protestaron ante el ayuntamiento.", "Dozens of residents protested outside the town hall.")]
    public void Numbers_ReformattedAreTheSameNumber(string language, string source, string target) =>
        Assert.Empty(Check($"{language.ToUpperInvariant()}_BI_NUMBER_MISMATCH", target, source, language));

    [Fact]
    public void Markup_AnUnclosedQuoteIsReportedOnce_WithTheSourceBeside()
    {
        const string source = "Le maire a qualifié le projet de « pure folie » lundi.";
        const string target = "The mayor called the project “sheer madness on Monday.";

        var monolingual = Assert.Single(Run(["EN_MECHANICS_PUNCTUATION"], target, null));
        var both = Run(["EN_MECHANICS_PUNCTUATION", "FR_BI_MARKUP_MISMATCH"], target, source);

        // Alone, the mechanics rule flags the quote; beside the markup rule, only the finding that shows the source stays.
        Assert.Equal("“", monolingual.Text);
        var f = Assert.Single(both);
        Assert.Equal("FR_BI_MARKUP_MISMATCH", f.Rule);
        Assert.Equal(monolingual.Start, f.Start);
        Assert.NotNull(f.Source);
    }

    [Theory]
    [InlineData("de", "Studienleiterin Miriam Kollwitz stellte die Daten vor.", "Study leader Miriam Kolwitz presented the data.", "Kolwitz", "Kollwitz")]
    [InlineData("fr", "Le maire Bernard Lacoste a démissionné.", "Mayor Benoît Lacoste resigned.", "Benoît", "Bernard")]
    [InlineData("es", "El portero Íñigo Larrazabal paró un penalti.", "Goalkeeper Íñigo Larazabal saved a penalty.", "Larazabal", "Larrazabal")]
    public void Names_APersonSpeltAnotherWayIsFlaggedWithTheSourceSpelling(string language, string source, string target, string flagged, string spelling)
    {
        var f = Assert.Single(Check($"{language.ToUpperInvariant()}_BI_NAME_MISMATCH", target, source, language));

        Assert.Equal(flagged, f.Text);
        Assert.Equal(spelling, f.Suggestion);
        Assert.Equal(spelling, f.Source?.Text);
    }

    [Theory]
    [InlineData("fr", "Le porte-parole du Kremlin, Dmitri Peskov, a démenti.", "Kremlin spokesman Dmitry Peskov denied it.")]
    [InlineData("de", "Putins Sprecher Dmitri Peskow äußerte sich.", "Putin's spokesman Dmitry Peskov spoke.")]
    [InlineData("fr", "Le ministre russe Denis Mantourov était présent.", "Russian minister Denis Manturov attended.")]
    [InlineData("es", "El Partido Regionalista ganó en Santander.", "The Regionalist Party won in Santander.")]
    public void Names_TransliterationsAndSourceEndingsAreNoRespelling(string language, string source, string target) =>
        Assert.Empty(Check($"{language.ToUpperInvariant()}_BI_NAME_MISMATCH", target, source, language));

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
    public void Numbers_AnHourInWordsIsATime_SoAWrongHourIsStillFlagged()
    {
        var f = Assert.Single(Check("ES_BI_NUMBER_MISMATCH", "The museum will stay open until 8 p.m.", "El museo abrirá hasta las nueve de la noche.", "es"));

        Assert.Equal("8 p.m.", f.Text);
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
    [InlineData("fr", "Les Pays-Bas ont voté contre le texte.", "The Netherlands voted against the text.")]
    [InlineData("de", "Der Zug nach Nordrhein-Westfalen fiel aus.", "The train to North Rhine-Westphalia was cancelled.")]
    [InlineData("es", "El delantero uruguayo marcó dos goles.", "The Uruguayan striker scored twice.")]
    [InlineData("fr", "La croissance ralentit en Asie et en Roumanie.", "Growth is slowing in Asia and Romania.")]
    [InlineData("de", "Der Internationale Währungsfonds (IWF) senkte seine Prognose.", "The International Monetary Fund (IMF) cut its forecast.")]
    [InlineData("es", "La Agencia Estatal de Meteorología prevé lluvias.", "The State Meteorological Agency expects rain.")]
    [InlineData("fr", "Les images de vidéosurveillance ont été saisies.", "The CCTV footage was seized.")]
    [InlineData("fr", "Le Danois Mikkel Holm a gagné l'étape.", "Denmark's Mikkel Holm won the stage.")]
    [InlineData("de", "Im nordrhein-westfälischen Einzelhandel wird gestreikt.", "Retail workers in North Rhine-Westphalia are on strike.")]
    [InlineData("fr", "Le tournoi amical aura lieu à Édimbourg en février.", "The friendly tournament will take place in Edinburgh in February.")]
    [InlineData("es", "La cumbre se celebrará en La Haya y en Estocolmo.", "The summit will be held in The Hague and in Stockholm.")]
    [InlineData("de", "Der Flug nach Bukarest wurde gestrichen.", "The flight to Bucharest was cancelled.")]
    public void Names_ExonymsDeclensionAndTransliterationsAreTheSameName(string language, string source, string target) =>
        Assert.Empty(Check($"{language.ToUpperInvariant()}_BI_NAME_MISMATCH", target, source, language));

    [Fact]
    public void Names_ADifferentPersonIsFlaggedAndTheSourceNameSuggested()
    {
        var f = Assert.Single(Check("DE_BI_NAME_MISMATCH", "Spokesman Reichert confirmed the talks.", "Sprecher Reichardt bestätigte die Gespräche.", "de"));

        Assert.Equal("Reichert", f.Text);
    }

    [Theory]
    [InlineData("fr", "Les supporters belges ont envahi la place.", "The Dutch fans flooded the square.", "Dutch", "belges")]
    [InlineData("es", "Tres turistas chipriotas resultaron heridos.", "Three Greek tourists were injured.", "Greek", "chipriotas")]
    [InlineData("de", "Die belgischen Zöllner kontrollierten den Lastwagen.", "The French customs officers checked the lorry.", "French", "belgischen")]
    [InlineData("de", "Zwei Österreicherinnen stehen im Finale.", "Two Germans are in the final.", "Germans", "Österreicherinnen")]
    public void Names_ASourceNationalityRenderedAsAnotherIsFlagged(string language, string source, string target, string flagged, string sourceWord)
    {
        var f = Assert.Single(Check($"{language.ToUpperInvariant()}_BI_NAME_MISMATCH", target, source, language));

        Assert.Equal(flagged, f.Text);
        Assert.Equal(sourceWord, f.Source?.Text);
    }

    [Theory]
    [InlineData("fr", "Les supporters belges ont envahi la place.", "Belgium's fans flooded the square.")]
    [InlineData("fr", "Les supporters belges ont envahi la place.", "The fans flooded the square.")]
    [InlineData("es", "Tres turistas chipriotas resultaron heridos.", "Three Cypriots were injured.")]
    [InlineData("de", "Die belgischen Zöllner kontrollierten den französischen Lastwagen.", "The Belgian customs officers checked the French lorry.")]
    [InlineData("de", "Die Deutsche Bahn erhöht die Preise.", "Deutsche Bahn is raising its prices, American analysts said.")]
    [InlineData("es", "El técnico argentino, que vive en Italia, dimitió.", "The Argentine coach, who lives in Italy, resigned.")]
    [InlineData("fr", "Le ministre espagnol a reçu son homologue à Rome.", "The Spanish minister received his Italian counterpart in Rome.")]
    public void Names_TheRightDemonymTheCountryOrNoNationalityIsNoMismatch(string language, string source, string target) =>
        Assert.Empty(Check($"{language.ToUpperInvariant()}_BI_NAME_MISMATCH", target, source, language));

    [Theory]
    [InlineData("fr", "belge", "belges")]
    [InlineData("fr", "ukrainien", "ukrainiennes")]
    [InlineData("fr", "français", "francaise")]
    [InlineData("es", "chipriota", "chipriotas")]
    [InlineData("es", "sueco", "suecas")]
    [InlineData("es", "francés", "francesas")]
    [InlineData("de", "belgisch", "belgischen")]
    [InlineData("de", "Franzose", "franzosin")]
    [InlineData("de", "Belgier", "belgierinnen")]
    public void Demonyms_InflectionsAreGeneratedFromTheBaseForm(string language, string form, string inflected) =>
        Assert.Contains(inflected, Translation.Quality.Rules.Kinds.Bilingual.DemonymTable.Inflect(language, form));

    [Fact]
    public void Demonyms_TheShippedTableReadsEveryLanguageColumn()
    {
        var table = Translation.Quality.Rules.Kinds.Bilingual.DemonymTable.Default;

        Assert.Equal("Belgium", Assert.Single(table.Lookup("es", "belgas", demonym: true)).Name);
        Assert.Equal("Cyprus", Assert.Single(table.Lookup("fr", "chypriotes", demonym: true)).Name);
        Assert.Equal("Switzerland", Assert.Single(table.Lookup("de", "schweiz", demonym: false)).Name);
        Assert.Empty(table.Lookup("fr", "table", demonym: true));
    }

    [Theory]
    [InlineData("Il ne reste que deux jours.", "Only two days remain.")]
    [InlineData("Personne n'a revendiqué l'attaque.", "Nobody has claimed the attack.")]
    [InlineData("Le texte n'a pas été adopté.", "MPs failed to adopt the text.")]
    [InlineData("Il est parti avant que la police n'arrive.", "He left before the police arrived.")]
    [InlineData("Jamais une sonde ne s'était autant approchée.", "It was the closest a probe had ever come.")]
    public void Negation_IdiomaticAndRestrictiveFormsAreNoMismatch(string source, string target) =>
        Assert.Empty(Check("FR_BI_NEGATION_MISMATCH", target, source));

    [Theory]
    [InlineData("fr", "Le gouvernement n'exclut pas un report du vote.", "The government may postpone the vote.")]
    [InlineData("fr", "Les prix ne seront pas modifiés cette année.", "Prices will stay the same this year.")]
    [InlineData("fr", "Pas mal de communes ne bénéficient d'aucune aide.", "Quite a few towns get no help at all.")]
    [InlineData("es", "Los expertos no descartan nuevas lluvias.", "Experts think more rain is possible.")]
    [InlineData("es", "Es su primer triunfo en casa, algo que no lograba desde 2019.", "It is their first home win since 2019.")]
    [InlineData("de", "Die Opposition nannte den Plan ein nicht unwichtiges Signal.", "The opposition called the plan an important signal.")]
    [InlineData("de", "Die Gewerkschaft schließt weitere Streiks nicht aus.", "The union did not rule out further strikes.")]
    [InlineData("de", "Die Preise sind im Mai kaum gestiegen.", "Prices barely rose in May.")]
    public void Negation_LitotesAndIdiomsAreNoMismatch(string language, string source, string target) =>
        Assert.Empty(Check($"{language.ToUpperInvariant()}_BI_NEGATION_MISMATCH", target, source, language));

    [Fact]
    public void Negation_ExclusionIsANegationAndItsNegationAnAffirmation()
    {
        // "a exclu" negates; "did not rule out" affirms: the translation says the opposite.
        var lost = Assert.Single(Check("FR_BI_NEGATION_MISMATCH", "Police did not rule out a criminal motive after the failure of the alarm.", "La police a exclu toute piste criminelle après la panne de l'alarme."));
        Assert.Equal("exclu", lost.Source!.Text);

        // "n'excluent pas" affirms; "ruled out" negates.
        var added = Assert.Single(Check("FR_BI_NEGATION_MISMATCH", "Rescuers ruled out further victims.", "Les secours n'excluent pas de nouvelles victimes."));
        Assert.Equal("ruled", added.Text);
    }

    [Fact]
    public void Negation_AnAlmostNegationTheTranslationLostIsFlagged()
    {
        var f = Assert.Single(Check("DE_BI_NEGATION_MISMATCH", "Prices rose sharply in May.", "Die Preise sind im Mai kaum gestiegen.", "de"));

        Assert.Equal("kaum", f.Source!.Text);
    }

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
    public void Omission_AnInvertedSpeechVerbAndDroppedConnectivesAreNoOmission() =>
        Assert.Empty(Check("FR_BI_OMISSION", "“Every day of delay costs jobs,” he told reporters.", "« Chaque jour de retard coûte pourtant des emplois », a-t-il ensuite affirmé devant la presse."));

    [Fact]
    public void Omission_ASourceSentenceMergedIntoItsNeighbourIsNoOmission()
    {
        // The aligner reads this as 1–0 plus 1–1; the one translated sentence holds both sources.
        const string source = "Le tribunal a rendu son jugement mardi.\n\nLe club dispose de huit jours pour faire appel. L'entraîneur devra également verser une amende de 5 000 euros à la fédération nationale de football.\n\nLa saison reprendra en mars.";
        const string target = "The court gave its ruling on Tuesday.\n\nThe club has eight days to appeal and its coach must pay the national football federation €5,000.\n\nThe season will resume in March.";

        Assert.Empty(Check("FR_BI_OMISSION", target, source));
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

    [Theory]
    [InlineData("de", "DE_BI_LOST_NAME", "Die Fabriken in Greiz und Zwickau schließen im Mai.", "The factories in Greiz close in May.", "Zwickau", "Greiz")]
    [InlineData("es", "ES_BI_LOST_NAME", "Las lluvias afectaron a Huesca y Teruel el lunes.", "The rain hit Huesca on Monday.", "Teruel", "Huesca")]
    [InlineData("fr", "FR_BI_LOST_NAME", "Le ministre s'est rendu à Metz et à Nancy jeudi.", "The minister went to Metz on Thursday.", "Nancy", "Metz")]
    public void LostNames_ADroppedSecondPlaceIsAnOmissionOnTheKeptOne(string language, string ruleId, string source, string target, string lost, string kept)
    {
        var finding = Assert.Single(Check(ruleId, target, source, language));
        Assert.Equal("omission", finding.Class);
        Assert.Equal(kept, target[finding.Start..finding.End]);
        Assert.Equal(lost, finding.Source?.Text);
    }

    [Theory]
    // A first name left out before the surname kept.
    [InlineData("de", "DE_BI_LOST_NAME", "Bundeskanzler Friedrich Merz sprach am Montag in Kiel.", "Chancellor Merz spoke in Kiel on Monday.")]
    // A surname spelt another way is the names rule's, not an omission.
    [InlineData("de", "DE_BI_LOST_NAME", "Trainer Jesper Lundt lobte die Mannschaft.", "Coach Jesper Lund praised the team.")]
    // A country rendered by its English name, a region's government by what it is, a hashtag by the markup rule.
    [InlineData("es", "ES_BI_LOST_NAME", "Las ventas a Alemania cayeron en marzo.", "Sales to Germany fell in March.")]
    [InlineData("es", "ES_BI_LOST_NAME", "La Xunta aprobó el plan el martes.", "The regional government approved the plan on Tuesday.")]
    [InlineData("fr", "FR_BI_LOST_NAME", "La campagne a été lancée sous le mot-dièse #ÉnergiePropre jeudi.", "The campaign was launched on Thursday under the hashtag #CleanEnergy.")]
    // German nouns and compounds are no names, place-like or not.
    [InlineData("de", "DE_BI_LOST_NAME", "Die Polizei durchsuchte am Donnerstagmorgen die Altstadt.", "Police searched the old town on Thursday morning.")]
    // A different name in its place is a name mismatch, which the names rule reports.
    [InlineData("de", "DE_BI_LOST_NAME", "Die Ermittler prüfen einen Fall in Wiesbaden.", "Investigators are examining a case in Mainz.")]
    public void LostNames_NamesSaidAnotherWayOrNoNamesAtAllAreNoOmission(string language, string ruleId, string source, string target) =>
        Assert.Empty(Check(ruleId, target, source, language));
}
