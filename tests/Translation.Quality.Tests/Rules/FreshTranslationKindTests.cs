using Translation.Quality.Documents;
using Translation.Quality.Rules;
using Translation.Quality.Tests.Support;
using Translation.Quality.Text;

namespace Translation.Quality.Tests.Rules;

/// <summary>The fresh-translation kinds (the verify stage's span checks) as rules: parameters, examples, silence without a fresh translation.</summary>
public sealed class FreshTranslationKindTests
{
    private const string Source = "L'incendie s'est déclaré, a indiqué la préfecture.";
    private const string Fresh = "The fire started, the prefecture said.";
    private const string Wire = "The fire started in a disused warehouse, the prefecture said.";

    private static IRule Addition(string parameters) => PackBuilder.Rule("fresh-addition", parameters);

    private static List<Finding> Run(IRule rule, string text, IReadOnlyList<FreshTranslation>? fresh)
    {
        var article = new Article { Id = "a", Path = "a", SourceLanguage = "fr", TargetLanguage = "en", Text = text, SourceText = Source };
        var analysis = AnalyzedText.Analyze(article, null, null);
        var findings = new List<Finding>();
        RuleChecker.Run(new RuleContext(analysis, findings) { FreshTranslations = fresh }, [rule], findings, []);
        return findings;
    }

    [Fact]
    public void A_fresh_rule_flags_the_added_words_and_is_silent_where_no_fresh_translation_was_fetched()
    {
        var rule = Addition("    minWords: 2");

        Assert.True(rule.NeedsFreshTranslation);
        var finding = Assert.Single(Run(rule, Wire, [new FreshTranslation(0, Wire.Length, Source, Fresh)]));
        Assert.Equal("disused warehouse", finding.Text);

        // The check stage has no fresh translation: the rule must not guess.
        Assert.Empty(Run(rule, Wire, null));
    }

    [Fact]
    public void The_yaml_parameters_decide_what_counts()
    {
        // Two added words: an addition at minWords 2, a rewording at 3.
        Assert.Single(Run(Addition("    minWords: 2"), Wire, [new FreshTranslation(0, Wire.Length, Source, Fresh)]));
        Assert.Empty(Run(Addition("    minWords: 3"), Wire, [new FreshTranslation(0, Wire.Length, Source, Fresh)]));
    }

    [Fact]
    public void Message_placeholders_are_filled_from_the_pair()
    {
        var rule = PackBuilder.Load($"""
            pack: t
            target: en
            rules:
              - id: T_RULE
                kind: fresh-addition
                class: addition
                category: Accuracy/Addition
                severity: major
                message: "'{"{wire}"}' is not in \"{"{translation}"}\""
            """).Rules.Single();

        var finding = Assert.Single(Run(rule, Wire, [new FreshTranslation(0, Wire.Length, Source, Fresh)]));
        Assert.Equal($"'disused warehouse' is not in \"{Fresh}\"", finding.Message);
    }

    [Theory]
    [InlineData("fresh-addition", "    minWords: 0", "minWords")]
    [InlineData("fresh-word-order", "    maxDistance: many", "maxDistance")]
    [InlineData("fresh-mismatch", "", "of")]
    [InlineData("fresh-mismatch", "    of: date", "of")]
    [InlineData("fresh-omission", "    minWord: 2", "minWord")]
    public void Bad_parameters_are_located_errors(string kind, string body, string key)
    {
        var errors = PackBuilder.Errors($"""
            pack: t
            target: en
            rules:
              - id: T_RULE
                kind: {kind}
                class: test
                category: Fluency
                severity: minor
                message: m
            {body}
            """);

        var error = Assert.Single(errors);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 4);
    }

    [Fact]
    public void An_example_s_fresh_translation_needs_its_source()
    {
        var errors = PackBuilder.Errors("""
            pack: t
            target: en
            rules:
              - id: T_RULE
                kind: fresh-addition
                class: addition
                category: Accuracy/Addition
                severity: major
                message: m
                examples:
                  flag:
                    - fresh: "The fire started."
                      text: "The fire started in a [[disused warehouse]]."
            """);

        var error = Assert.Single(errors);
        Assert.Contains("'source'", error.Message, StringComparison.Ordinal);
        Assert.Equal(12, error.Line);
    }
}
