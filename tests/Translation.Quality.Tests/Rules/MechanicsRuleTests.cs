using Translation.Quality.Documents;
using Translation.Quality.Rules;
using Translation.Quality.Tests.Support;
using Translation.Quality.Text;

namespace Translation.Quality.Tests.Rules;

public sealed class MechanicsRuleTests
{
    [Theory]
    [InlineData("lowercase-start", "The vote was close. the result surprised them.", "the")]
    [InlineData("lowercase-start", "Headline here\n\nthe council met on Monday and voted.", "the")]
    [InlineData("all-lower", "The mayor spoke.\n\nthe council met in paris on monday and voted.", "the council met in paris on monday and voted.")]
    [InlineData("all-caps", "The mayor spoke. THE COUNCIL MET ON MONDAY AND VOTED.", "THE COUNCIL MET ON MONDAY AND VOTED.")]
    [InlineData("space-before-punctuation", "Prices rose , analysts said.", " ,")]
    [InlineData("space-before-punctuation", "Prices rose sharply .", " .")]
    [InlineData("doubled-punctuation", "Prices rose,, analysts said.", ",,")]
    [InlineData("doubled-punctuation", "Prices rose.. Analysts were surprised.", "..")]
    [InlineData("unbalanced-quote", "He called it a \"disgrace and left.", "\"")]
    [InlineData("unbalanced-quote", "He called it a disgrace\" and left.", "\"")]
    [InlineData("unbalanced-bracket", "The deal (worth 3 billion was signed.", "(")]
    [InlineData("unbalanced-bracket", "The deal worth 3 billion) was signed.", ")")]
    public void Each_check_flags_its_slip(string check, string text, string expected)
    {
        var rule = PackBuilder.Rule("mechanics", $"    checks: [{check}]", source: "es");

        var f = Assert.Single(Analyze.Run(text, rule).Findings);

        Assert.Equal(expected, f.Text);
    }

    [Fact]
    public void A_body_paragraph_without_a_full_stop_is_flagged_at_its_last_word()
    {
        var rule = PackBuilder.Rule("mechanics", "    checks: [no-final-punctuation]");
        const string text = "Floods hit the north\n\nPARIS, March 3 (AFP) - Rivers burst their banks on Tuesday.\n\nThe army was deployed. Schools stayed shut all week in the worst-hit towns\n\nResults:\n1. Lyon 20\n2. Lens 18";

        var f = Assert.Single(Analyze.Run(text, rule).Findings);

        Assert.Equal("towns", f.Text);
    }

    [Theory]
    [InlineData("Growth slowed in the U.K., the office said.")]
    [InlineData("He paused... then went on.")]
    [InlineData("Really?! Nobody expected that.")]
    [InlineData("\"We will win,\" she said.\n\n\"Nobody doubts it,\" she added.")]
    [InlineData("\"The first part of the quote runs on for a while.\n\n\"And it ends in the next paragraph.\"")]
    [InlineData("The options were a) wait or b) sell.")]
    [InlineData("NATO and the EU met the IMF in Paris.")]
    [InlineData("Visit https://example.org/a..b for details.")]
    [InlineData("It was the first FIRST for the club.")]
    public void Fluent_copy_stays_quiet(string text)
    {
        var rule = PackBuilder.Rule("mechanics", "    minWords: 4", source: "es");

        Assert.Empty(Analyze.Run(text, rule).Findings);
    }

    [Fact]
    public void French_spacing_is_left_to_the_locale_rule_for_French_sources_only()
    {
        var rule = PackBuilder.Rule("mechanics", "    checks: [space-before-punctuation]", source: "fr");
        var locale = PackBuilder.Rule("locale-format", "    checks: [spaced-punctuation]", source: "fr");

        Assert.Empty(Analyze.Run("Why now ? the opposition asked.", rule).Findings);
        Assert.Empty(Analyze.Run("“Why now ?” the opposition asked.", rule).Findings);
        Assert.Equal(" ?", Assert.Single(Analyze.Run("“Why now ?” the opposition asked.", locale).Findings).Text);
        Assert.Equal(" ,", Assert.Single(Analyze.Run("Prices rose , analysts said.", rule).Findings).Text);
        Assert.Empty(Analyze.Run("Prices rose , analysts said.", locale).Findings);
        var findings = new List<Finding>();
        RuleChecker.Run(AnalyzedText.Analyze(Analyze.Article("Why now ? the opposition asked.", source: "de")), [rule], findings, []);
        Assert.Equal(" ?", Assert.Single(findings).Text);
    }

    [Fact]
    public void An_unknown_check_is_a_config_error()
    {
        var errors = PackBuilder.Errors("""
            pack: t
            target: en
            rules:
              - { id: T_X, kind: mechanics, class: mechanics, category: Fluency/Punctuation, severity: minor, message: m, checks: [commas] }
            """);

        Assert.Contains(errors, e => e.Message.Contains("unknown mechanics check 'commas'", StringComparison.Ordinal));
    }
}
