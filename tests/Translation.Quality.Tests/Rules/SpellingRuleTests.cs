using Translation.Quality.Documents;
using Translation.Quality.Rules;
using Translation.Quality.Tagging;
using Translation.Quality.Tests.Support;
using Translation.Quality.Text;

namespace Translation.Quality.Tests.Rules;

public sealed class SpellingRuleTests
{
    private static readonly IRule Default = Rule("languages: [fr, es, de]");

    [Theory]
    [InlineData("The goverment said the bridge would reopen.", "goverment", "government")]
    [InlineData("Police recieved more than 300 calls.", "recieved", "received")]
    [InlineData("The mayor visted the flooded streets.", "visted", "visited")]
    [InlineData("Teh minister resigned on Friday.", "Teh", "The")]
    [InlineData("The cross-border servcie was cancelled.", "servcie", "service")]
    public void Flags_unknown_words_with_the_nearest_frequent_word(string text, string word, string fix)
    {
        var finding = Assert.Single(Check(Default, text));
        Assert.Equal(word, finding.Text);
        Assert.Equal(fix, finding.Suggestion);
        Assert.Equal("spelling", finding.Class);
    }

    [Fact]
    public void A_hyphenated_compound_is_flagged_on_its_unknown_part_only()
    {
        var finding = Assert.Single(Check(Default, "The well-knwon scheme was praised."));
        Assert.Equal("knwon", finding.Text);
        Assert.Equal("known", finding.Suggestion);
    }

    [Theory]
    [InlineData("The colour of the labour logo changed; the color scheme was criticised.")]
    [InlineData("Kovalenko told reporters in Zaporizhzhia that the A-320 was grounded.")]
    [InlineData("Follow @afpfr or see https://afp.com for the 14:30 update.")]
    [InlineData("The well-known cross-border scheme was praised.")]
    [InlineData("Mr Dlamini spoke first. Dlamini said the vote would go ahead.")]
    [InlineData("The SNCF said the TGV would run; its iPhone app showed delays.")]
    [InlineData("Unions called a grève for Thursday.")]
    [InlineData("The dish is known locally as polbo á feira.")]
    [InlineData("Alina Sorokina won the competition on Saturday.")]
    [InlineData("Write to denuncias.documentos@example.cat by Friday.")]
    public void Stays_quiet_on_names_codes_variants_source_words_and_mentions(string text)
    {
        Assert.Empty(Check(Default, text));
    }

    [Fact]
    public void A_long_first_word_before_a_name_is_still_checked()
    {
        Assert.Equal("Substitue", Assert.Single(Check(Default, "Substitue Petersen scored in stoppage time.")).Text);
    }

    [Fact]
    public void Source_language_words_are_left_to_the_untranslated_word_rule_only_when_listed()
    {
        Assert.Empty(Check(Default, "The regional trains were gestrichen."));
        Assert.Empty(Check(Rule(string.Empty), "Unions called a grève for Thursday.", "fr"));
    }

    [Fact]
    public void Without_a_required_suggestion_a_word_with_no_near_word_is_flagged()
    {
        const string text = "The zqxwvy protocol was adopted.";
        Assert.Empty(Check(Default, text));
        Assert.Equal("zqxwvy", Assert.Single(Check(Rule("requireSuggestion: false"), text)).Text);
    }

    [Fact]
    public void The_allow_list_silences_a_word()
    {
        Assert.Empty(Check(Rule("allow: [goverment]"), "The goverment said so."));
    }

    [Theory]
    [InlineData("maxDistance: 3", "'maxDistance'")]
    [InlineData("languages: [en]", "no source-language lexicon for 'en'")]
    public void Config_errors_name_the_problem(string parameters, string expected)
    {
        var error = Assert.Single(PackBuilder.Errors(Pack(parameters)));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static IRule Rule(string parameters) => PackBuilder.Load(Pack(parameters)).Rules.Single();

    private static string Pack(string parameters) => $"""
        pack: t
        target: en
        rules:
          - id: T_SPELLING
            kind: spelling
            class: spelling
            category: Fluency/Spelling
            severity: minor
            message: "'{"{word}"}' is misspelt."
            {parameters}
        """;

    private static List<Finding> Check(IRule rule, string text, string source = "xx")
    {
        var findings = new List<Finding>();
        RuleChecker.Run(AnalyzedText.Analyze(Analyze.Article(text, source), PerceptronTagger.Default), [rule], findings, []);
        return findings;
    }
}
