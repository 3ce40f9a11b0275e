using Translation.Quality.Documents;
using Translation.Quality.Rules;
using Translation.Quality.Tagging;
using Translation.Quality.Tests.Support;
using Translation.Quality.Text;

namespace Translation.Quality.Tests.Rules;

public sealed class UntranslatedWordRuleTests
{
    private const string AllLanguages = "languages: [fr, es, de]";

    [Theory]
    [InlineData("fr", "Unions called a grève générale for Thursday.", "grève générale")]
    [InlineData("fr", "Staff at their maisons de retraite have not been paid.", "maisons de retraite")]
    [InlineData("de", "Regional trains were gestrichen after the storm.", "gestrichen")]
    [InlineData("de", "The Landtag approved the budget on Tuesday.", "Landtag")]
    [InlineData("es", "The two sides agreed por unanimidad to extend the deal.", "por unanimidad")]
    [InlineData("fr", "Toutefois, the unions said the talks would go on.", "Toutefois")]
    public void Flags_source_words_left_in_the_English(string source, string text, string expected)
    {
        var finding = Assert.Single(Check(Rule(AllLanguages), text, source));
        Assert.Equal(expected, finding.Text);
        Assert.Equal("untranslated", finding.Class);
    }

    [Theory]
    [InlineData("de", "The firm laid on a Schienenersatzverkehr between the towns.", "Schienenersatzverkehr")]
    [InlineData("de", "Doctors said Hausärzte would get more doses.", "Hausärzte")]
    [InlineData("es", "The shipyard beat a Dutch Werft to the order.", "Werft")]
    [InlineData("fr", "Experts said the Haushalt was too tight.", "Haushalt")]
    public void Flags_German_nouns_after_a_determiner_or_as_plurals_and_compounds(string source, string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(Check(Rule(AllLanguages), text, source)).Text);
    }

    [Theory]
    [InlineData("A wind farm off Rügen was connected to the grid.")]
    [InlineData("He joined from FC St. Gallen in the summer.")]
    [InlineData("Snow fell in Valais and Graubünden overnight.")]
    [InlineData("Said Fischer: the plan is dead.")]
    [InlineData("The Streif is steep. Racers fear the Streif. Only the brave win on the Streif.")]
    public void Stays_quiet_on_German_places_and_names(string text)
    {
        Assert.Empty(Check(Rule(AllLanguages), text, "de"));
    }

    [Fact]
    public void Names_the_language_in_the_message()
    {
        var finding = Assert.Single(Check(Rule(AllLanguages, "'{word}' is {language}."), "Unions called a grève for Thursday.", "fr"));
        Assert.Equal("'grève' is French.", finding.Message);
    }

    [Theory]
    [InlineData("fr", "Unions called a general strike for Thursday.")]
    [InlineData("fr", "The mayor, Pierre Blanc, opened the café and the crèche.")]
    [InlineData("fr", "Critics called the result a fait accompli and the vote a coup d'état.")]
    [InlineData("fr", "Protesters wore yellow vests, known in France as \"gilets jaunes\".")]
    [InlineData("fr", "He signed his memoirs (\"Les années bleues\", 2004) in Lyon.")]
    [InlineData("fr", "The 40 members of the Académie française met on Thursday.")]
    [InlineData("de", "The Landtag (state parliament) approved the budget on Tuesday.")]
    [InlineData("de", "The state parliament, or Landtag, approved the budget on Tuesday.")]
    [InlineData("de", "Deputy Klaus Fischer and the mayor, Anna Richter, met Bauer.")]
    [InlineData("de", "He skied through the notorious Steilhang section without a mistake.")]
    [InlineData("es", "Write to denuncias.documentos@mossos.example.cat before Friday.")]
    [InlineData("es", "The rocket known as the chupinazo opened the fiesta.")]
    public void Stays_quiet_on_names_borrowings_quotes_glosses_and_addresses(string source, string text)
    {
        Assert.Empty(Check(Rule(AllLanguages + "\n    allow: [fait accompli, \"coup d'état\"]"), text, source));
    }

    [Fact]
    public void A_third_language_needs_a_word_English_has_never_seen()
    {
        var rule = Rule(AllLanguages);

        // German in copy translated from French: flagged, and named as German.
        var finding = Assert.Single(Check(rule, "Regional trains were gestrichen after the storm.", "fr"));
        Assert.Contains("German", finding.Message, StringComparison.Ordinal);

        // Without the language listed, nothing.
        Assert.Empty(Check(Rule("languages: [fr]"), "Regional trains were gestrichen after the storm.", "fr"));
    }

    [Theory]
    [InlineData("es", "Several alcaldes of the province met the minister.", "alcaldes")]
    [InlineData("de", "Experts warned of slow Brückenbau across the region.", "Brückenbau")]
    public void Flags_source_words_the_big_English_list_holds_but_nobody_counted(string source, string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(Check(Rule(AllLanguages), text, source)).Text);
    }

    [Theory]
    [InlineData("fr", "The rocket left the cosmodrome at dawn.")]
    [InlineData("fr", "A new generation revisits the Gaullist years.")]
    [InlineData("de", "He grew up in a village near Schwarzenau.")]
    public void An_uncounted_list_word_spelt_like_English_or_a_name_stays_quiet(string source, string text)
    {
        Assert.Empty(Check(Rule(AllLanguages), text, source));
    }

    [Fact]
    public void Capitalised_runs_of_common_words_are_flagged_only_when_asked()
    {
        const string text = "The case went to the Audiencia Nacional last year.";
        Assert.Equal("Audiencia Nacional", Assert.Single(Check(Rule(AllLanguages + "\n    capitalisedRuns: true"), text, "es")).Text);
        Assert.Empty(Check(Rule(AllLanguages + "\n    capitalisedRuns: false"), text, "es"));
        Assert.Empty(Check(Rule(AllLanguages + "\n    capitalisedRuns: true"), "The show opened at the Museo de Bellas Artes de Bilbao.", "es"));
    }

    [Fact]
    public void Allow_list_silences_a_borrowing_and_phrases_containing_the_run()
    {
        const string text = "Officers of the Guardia Civil arrested two huelguistas.";
        Assert.Equal("huelguistas", Assert.Single(Check(Rule(AllLanguages + "\n    allow: [Guardia Civil]\n    capitalisedRuns: true"), text, "es")).Text);
        Assert.Empty(Check(Rule(AllLanguages + "\n    allow: [Guardia Civil, huelguistas]"), text, "es"));
    }

    [Fact]
    public void Is_quiet_for_a_source_language_without_a_lexicon_unless_others_are_listed()
    {
        Assert.Empty(Check(Rule(string.Empty), "Unions called a grève for Thursday.", "it"));
        Assert.Single(Check(Rule(string.Empty), "Unions called a grève for Thursday.", "fr"));
    }

    [Theory]
    [InlineData("languages: [xx]", "no source-language lexicon for 'xx'")]
    [InlineData("languages: [en]", "no source-language lexicon for 'en'")]
    [InlineData("minLength: 0", "'minLength'")]
    [InlineData("rareBand: 9", "'rareBand'")]
    [InlineData("letterOdds: -1", "'letterOdds'")]
    public void Config_errors_name_the_problem(string parameters, string expected)
    {
        var error = Assert.Single(PackBuilder.Errors(Pack(parameters, "m")));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    internal static IRule Rule(string parameters, string message = "left in {language}") => PackBuilder.Load(Pack(parameters, message)).Rules.Single();

    private static string Pack(string parameters, string message) => $"""
        pack: t
        target: en
        rules:
          - id: T_WORD
            kind: untranslated-word
            class: untranslated
            category: Accuracy/Untranslated
            severity: major
            message: "{message}"
            {parameters}
        """;

    internal static List<Finding> Check(IRule rule, string text, string source)
    {
        var article = Analyze.Article(text, source);
        var findings = new List<Finding>();
        RuleChecker.Run(AnalyzedText.Analyze(article, PerceptronTagger.Default), [rule], findings, []);
        return findings;
    }
}
