using Translation.Quality.Documents;
using Translation.Quality.Rules;
using Translation.Quality.Tagging;
using Translation.Quality.Tests.Support;
using Translation.Quality.Text;

namespace Translation.Quality.Tests.Rules;

public sealed class WordOrderRuleTests
{
    private static readonly IRule Rule = PackBuilder.Rule("word-order", "    threshold: 10");

    [Fact]
    public void A_swap_in_a_body_sentence_is_flagged_with_the_repair()
    {
        var f = Assert.Single(Run("PARIS, March 3 (AFP) - Police arrested than more 20 suspects on Tuesday."));

        Assert.Equal("than more", f.Text);
        Assert.Equal("more than", f.Suggestion);
        Assert.Equal("word-order", Rule.Info.Kind);
    }

    [Theory]
    [InlineData("Police arrested than more 20 suspects\n\nThe rest of the story follows here.")]
    [InlineData("1. Police arrested than more 20 suspects on Tuesday.")]
    [InlineData("POLICE ARRESTED THAN MORE 20 SUSPECTS ON TUESDAY.")]
    public void Headlines_list_items_and_capitals_are_exempt(string text)
    {
        Assert.Empty(Run(text));
    }

    [Fact]
    public void Without_a_tagger_the_rule_is_silent()
    {
        var findings = new List<Finding>();
        RuleChecker.Run(AnalyzedText.Analyze(Analyze.Article("Police arrested than more 20 suspects on Tuesday.")), [Rule], findings, []);

        Assert.True(Rule.NeedsTagger);
        Assert.Empty(findings);
    }

    [Fact]
    public void An_unknown_exemption_is_a_config_error()
    {
        var errors = PackBuilder.Errors("""
            pack: t
            target: en
            rules:
              - { id: T_X, kind: word-order, class: word-order, category: Fluency/Word order, severity: major, message: m, exempt: [poems] }
            """);

        Assert.Contains(errors, e => e.Message.Contains("'exempt' may list", StringComparison.Ordinal));
    }

    private static List<Finding> Run(string text)
    {
        var findings = new List<Finding>();
        RuleChecker.Run(AnalyzedText.Analyze(Analyze.Article(text), PerceptronTagger.Default), [Rule], findings, []);
        return findings;
    }
}
