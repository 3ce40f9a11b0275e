using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Rules;

/// <summary>Behaviour of the garble detector kinds beyond their YAML examples: edge cases and parameter errors.</summary>
public sealed class DetectorKindTests
{
    [Fact]
    public void SplitName_RebuildsTheNameWithItsParticle()
    {
        var rule = PackBuilder.Rule("split-name", """
                givenNames: [Otto]
                placeNouns: [university]
            """);

        var f = Assert.Single(Analyze.Run("Researchers from the Otto university von Guericke met on Monday.", rule).Findings);

        Assert.Equal("Otto university von Guericke", f.Text);
        Assert.Equal("Otto von Guericke university", f.Suggestion);
    }

    [Fact]
    public void SplitName_NeedsAPlaceNounAndASurname()
    {
        var rule = PackBuilder.Rule("split-name", """
                givenNames: [Otto]
                placeNouns: [university]
            """);

        Assert.Empty(Analyze.Run("We met the Otto university team on Monday.", rule).Findings);
        Assert.Empty(Analyze.Run("We met the Otto chief Brandt on Monday.", rule).Findings);
    }

    [Fact]
    public void SplitName_TakesGivenNamesFromTheLexiconWhenAskedButNotCities()
    {
        const string places = """
                givenNames: [Otto]
                placeNouns: [hospital, airport]
            """;
        var withLexicon = PackBuilder.Rule("split-name", places + "\n    lexiconGivenNames: true");
        var listOnly = PackBuilder.Rule("split-name", places);

        Assert.Equal("Leticia hospital Robles", Assert.Single(Analyze.Run("Nurses at the Leticia hospital Robles went on strike.", withLexicon).Findings).Text);
        Assert.Empty(Analyze.Run("Nurses at the Leticia hospital Robles went on strike.", listOnly).Findings);

        // A city is a WordNet lemma, a word with a lower-case use is no name.
        Assert.Empty(Analyze.Run("Flights to the Lyon airport Bron were cancelled.", withLexicon).Findings);
        Assert.Empty(Analyze.Run("Gifts to the Hope hospital Trust doubled.", withLexicon).Findings);
    }

    [Fact]
    public void SourceTransliteration_UsesTheLexiconThenPatternsAndKeepsAllowedNames()
    {
        var rule = PackBuilder.Rule("source-transliteration", """
                lexicon: { Poutine: Putin }
                patterns: ['^Tsch\p{Ll}+(?:ow|enko)$']
                allow: [Tschenko]
                respell: [['^Tsch', 'Ch']]
            """);

        var findings = Analyze.Run("Vladimir Poutine met Tschernenkow and Tschenko.", rule).Findings;

        Assert.Equal(["Vladimir Poutine", "Tschernenkow"], findings.Select(f => f.Text));
        Assert.Equal(["Vladimir Putin", "Chernenkow"], findings.Select(f => f.Suggestion));
    }

    [Fact]
    public void SourceTransliteration_PatternSparesANameTheSourceLexiconLists()
    {
        var rule = PackBuilder.Rule("source-transliteration", """
                patterns: ['^\p{Lu}\p{Ll}*ij[aeiou]\p{Ll}*$']
                respell: [['j', 'kh']]
            """, source: "es");

        // "Mijas" is a Spanish town the Spanish lexicon lists; "Dmijaro" is no Spanish word.
        Assert.Empty(Analyze.Run(Analyze.Article("The festival moved to Mijas on Friday.", source: "es"), rule).Findings);
        Assert.Equal("Dmijaro", Assert.Single(Analyze.Run(Analyze.Article("The festival moved to Dmijaro on Friday.", source: "es"), rule).Findings).Text);
    }

    [Fact]
    public void SourceTransliteration_WithoutLexiconOrPatternsIsAConfigError()
    {
        var errors = PackBuilder.Errors("""
            pack: t
            target: en
            rules:
              - { id: T_X, kind: source-transliteration, class: c, category: k, severity: minor, message: m, respell: [oops] }
            """);

        Assert.Contains(errors, e => e.Message.Contains("needs a 'lexicon' or 'patterns'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("pair [regex, replacement]", StringComparison.Ordinal));
    }

    [Fact]
    public void Fragment_StrayNeedsAPrecedingSentenceOnTheSameLine()
    {
        var rule = PackBuilder.Rule("fragment", "    mode: stray");

        Assert.Single(Analyze.Run("The port was closed. Chile. Ships waited.", rule).Findings);
        Assert.Empty(Analyze.Run("Chile.\nThe port was closed.", rule).Findings);
        Assert.Empty(Analyze.Run("The port was closed. It did not.", rule).Findings);
    }

    [Fact]
    public void Fragment_UnknownModeIsAConfigError()
    {
        var errors = PackBuilder.Errors("""
            pack: t
            target: en
            rules:
              - { id: T_X, kind: fragment, class: c, category: k, severity: minor, message: m, mode: sideways }
            """);

        Assert.Contains(errors, e => e.Line == 4 && e.Message.Contains("stray or verbless", StringComparison.Ordinal));
    }

    [Fact]
    public void DetachedComplement_NeedsAPastVerbBetweenHeadAndComplement()
    {
        var rule = PackBuilder.Rule("detached-complement", "    heads: [minister]");

        Assert.Single(Analyze.Run("The minister warned on Monday of Health, Ana Gil, that cases rose.", rule).Findings);
        Assert.Empty(Analyze.Run("The minister of Health, Ana Gil, warned on Monday that cases rose.", rule).Findings);
    }

    [Fact]
    public void DetachedComplement_FindsACapitalisedOrTwoWordHeadOnce()
    {
        var rule = PackBuilder.Rule("detached-complement", "    heads: [minister, president]");

        var f = Assert.Single(Analyze.Run("The Minister President confirmed on Monday of Hesse, Eva Roth, that schools reopen.", rule).Findings);
        Assert.Equal("of Hesse", f.Text);
        Assert.Equal("Minister President of Hesse", f.Suggestion);
        Assert.Equal("for Transport", Assert.Single(Analyze.Run("The Federal Minister admitted on Friday for Transport, Jan Weil, that trains were late.", rule).Findings).Text);
    }

    [Fact]
    public void DetachedComplement_BeforeAThatClauseNeedsATimePhraseAndNoOfThatVerb()
    {
        var rule = PackBuilder.Rule("detached-complement", "    heads: [minister, chairman]");

        Assert.Equal("of Energy", Assert.Single(Analyze.Run("The minister announced on Monday of Energy that prices fall.", rule).Findings).Text);
        Assert.Empty(Analyze.Run("The minister announced of Energy that prices fall.", rule).Findings);
        Assert.Empty(Analyze.Run("The minister warned on Monday of Russia that it was a threat.", rule).Findings);

        // A lower-case complement must be an institution, not a topic.
        Assert.Equal("of the board", Assert.Single(Analyze.Run("The chairman admitted on Monday of the board that errors were made.", rule).Findings).Text);
        Assert.Empty(Analyze.Run("The chairman admitted on Monday of the error that it was costly.", rule).Findings);
    }

    [Fact]
    public void DetachedComplement_AnInstitutionIsAHeadOnlyWithATimePhraseAndOf()
    {
        var rule = PackBuilder.Rule("detached-complement", """
                heads: [minister]
                bodies: [ministry, company]
            """);

        Assert.Equal("of Health", Assert.Single(Analyze.Run("The ministry announced on Tuesday of Health that a convoy leaves.", rule).Findings).Text);
        Assert.Empty(Analyze.Run("The company opened a plant for Volkswagen, its biggest client.", rule).Findings);
        Assert.Empty(Analyze.Run("The ministry announced of Health, Ana Gil, a plan.", rule).Findings);
    }

    [Fact]
    public void TitleOrder_LeavesAnAdjectiveThatBelongsToTheNextNounAlone()
    {
        var rule = PackBuilder.Rule("title-order", """
                titles: [minister]
                adjectives: [French]
            """);

        var f = Assert.Single(Analyze.Run("He met the minister French of Culture, Rémi Laval.", rule).Findings);
        Assert.Equal("French minister of Culture", f.Suggestion);
        Assert.Empty(Analyze.Run("He told the minister French troops would stay.", rule).Findings);
    }

    [Fact]
    public void WrongModal_NeedsAScheduleNotAnObligation()
    {
        var rule = PackBuilder.Rule("wrong-modal", "    verbs: [travel]");

        var f = Assert.Single(Analyze.Run("The ministers must travel to Oslo next week.", rule).Findings);
        Assert.Equal("are due to", f.Suggestion);
        Assert.Empty(Analyze.Run("Ministers must travel less, the report said.", rule).Findings);
    }

    [Fact]
    public void RelativePronoun_FlagsThingsNotPeopleOrNames()
    {
        var rule = PackBuilder.Rule("relative-pronoun", "    personNouns: [minister, worker]\n    thingNouns: [road]");

        Assert.Single(Analyze.Run("The new road, whom drivers avoid, is closed.", rule).Findings);
        Assert.Empty(Analyze.Run("The minister, whom he met, is ill.", rule).Findings);
        Assert.Empty(Analyze.Run("The workers, whom he met, are ill.", rule).Findings);
        Assert.Empty(Analyze.Run("They thanked Anna Berg, whom he met, warmly.", rule).Findings);
    }

    [Fact]
    public void GarbledQuoteIntro_AndTranslatedGloss_FlagTheirSpans()
    {
        var quote = PackBuilder.Rule("garbled-quote-intro", "    stances: [sure]");
        var gloss = PackBuilder.Rule("translated-gloss", "    glosses: [North]");

        Assert.Equal("posted on X “", Assert.Single(Analyze.Run("She posted on X “sure that we will win”.", quote).Findings).Text);
        Assert.Equal("(North)", Assert.Single(Analyze.Run("Floods hit Kano (North) on Friday.", gloss).Findings).Text);
        Assert.Empty(Analyze.Run("Floods hit the North Sea coast (north of Hamburg).", gloss).Findings);
    }
}
