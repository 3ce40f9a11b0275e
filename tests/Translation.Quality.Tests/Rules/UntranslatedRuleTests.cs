using Moq;
using Translation.Quality.Documents;
using Translation.Quality.Language;
using Translation.Quality.Rules;
using Translation.Quality.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Tests.Rules;

public sealed class UntranslatedRuleTests
{
    private static readonly LinguaLanguageIdentifier Identifier = new(["en", "fr", "es", "de"]);

    [Fact]
    public void Flags_a_clause_in_the_article_source_language_with_its_name_in_the_message()
    {
        var rule = Load(string.Empty);
        const string text = "PARIS (AFP) – The strike ended on Friday. The unions signed the deal, a annoncé le ministère du Travail.";
        var finding = Assert.Single(Check(rule, text, "fr"));
        Assert.Equal("a annoncé le ministère du Travail", finding.Text);
        Assert.Equal("Left in French.", finding.Message);
        Assert.Equal("untranslated", finding.Class);
    }

    [Fact]
    public void Looks_only_for_the_source_language_by_default()
    {
        var rule = Load(string.Empty);
        const string text = "The unions signed the deal, según informó el ministerio de Trabajo.";
        Assert.Empty(Check(rule, text, "fr"));
        Assert.Single(Check(rule, text, "es"));
    }

    [Fact]
    public void Languages_widen_the_search()
    {
        var rule = Load("languages: [fr, es, de]");
        const string text = "The unions signed the deal, según informó el ministerio de Trabajo.";
        Assert.Equal("Left in Spanish.", Assert.Single(Check(rule, text, "fr")).Message);
    }

    [Fact]
    public void Min_confidence_filters_runs_the_detector_is_unsure_of()
    {
        var detector = new Mock<ILanguageDetector>();
        detector.SetupGet(d => d.Languages).Returns(["en", "fr"]);
        detector.Setup(d => d.Rank(It.IsAny<string>())).Returns([new LanguageGuess("fr", 0.6), new LanguageGuess("en", 0.4)]);
        var identifier = new LinguaLanguageIdentifier(["en", "fr"], detector.Object);
        const string text = "The unions signed the deal, a annoncé le ministère du Travail.";

        Assert.Single(Check(Load(string.Empty), text, "fr", identifier));
        Assert.Empty(Check(Load("minConfidence: 0.9"), text, "fr", identifier));
    }

    [Fact]
    public void Is_silent_without_a_language_identifier_and_says_it_needs_one()
    {
        var rule = Load(string.Empty);
        Assert.True(rule.NeedsLanguageIdentifier);
        Assert.Empty(Check(rule, "The unions signed the deal, a annoncé le ministère du Travail.", "fr", identifier: null, useIdentifier: false));
        Assert.False(new RuleExampleRunner().CanRun(rule));
        Assert.Equal("a language identifier", new RuleExampleRunner().Missing(rule));
    }

    [Theory]
    [InlineData("languages: [fr, xx]", "no function-word cues for 'xx'")]
    [InlineData("minConfidence: 2", "'minConfidence' must be between 0 and 1")]
    [InlineData("language: fr", "unknown key 'language'")]
    public void Config_errors_name_the_problem(string parameters, string expected)
    {
        var errors = new ConfigErrors();
        LoadPack(parameters, errors);
        var error = Assert.Single(errors.All);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(10, error.Line);
    }

    private static IRule Load(string parameters)
    {
        var errors = new ConfigErrors();
        var pack = LoadPack(parameters, errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.All));
        return Assert.Single(pack!.Rules);
    }

    private static RulePack? LoadPack(string parameters, ConfigErrors errors) =>
        new RulePackLoader(RuleKindRegistry.Default).Load("test.yaml", $"""
            pack: test
            target: en
            rules:
              - id: TEST_UNTRANSLATED
                kind: untranslated
                class: untranslated
                category: Accuracy/Untranslated
                severity: critical
                message: "Left in {"{language}"}."
                {parameters}
            """, errors);

    private static List<Finding> Check(IRule rule, string text, string source, ILanguageIdentifier? identifier = null) =>
        Check(rule, text, source, identifier ?? Identifier, useIdentifier: true);

    private static List<Finding> Check(IRule rule, string text, string source, ILanguageIdentifier? identifier, bool useIdentifier)
    {
        var article = new Article { Id = "t", Path = "t.txt", SourceLanguage = source, TargetLanguage = "en", Text = text };
        var analysis = AnalyzedText.Analyze(article, languageIdentifier: useIdentifier ? identifier : null);
        var findings = new List<Finding>();
        var diagnostics = new List<Diagnostic>();
        RuleChecker.Run(analysis, [rule], findings, diagnostics);
        Assert.Empty(diagnostics);
        return findings;
    }
}
