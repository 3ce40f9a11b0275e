using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Rules;
using Translation.Quality.Rules.Kinds;
using Translation.Quality.Tagging;
using Translation.Quality.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Tests.Rules;

public sealed class SourceHomographRuleTests
{
    private static readonly DictionaryTagger Tagger = new(new Dictionary<string, PosTag>
    {
        ["the"] = PosTag.DET, ["queues"] = PosTag.NOUN, ["formed"] = PosTag.VERB, ["pendant"] = PosTag.NOUN, ["night"] = PosTag.NOUN,
        ["a"] = PosTag.DET, ["silver"] = PosTag.ADJ, ["was"] = PosTag.AUX, ["found"] = PosTag.VERB, ["two"] = PosTag.NUM,
        ["hours"] = PosTag.NOUN, ["police"] = PosTag.NOUN, ["child"] = PosTag.NOUN, ["of"] = PosTag.ADP, ["six"] = PosTag.NUM,
    });

    [Fact]
    public void The_word_is_flagged_only_where_its_neighbours_rule_the_English_reading_out()
    {
        var rule = Load("words:\n  pendant: { means: during, next: [DET, NUM], notPrevious: [DET, ADJ] }");
        var finding = Assert.Single(Check(rule, "Queues formed pendant the night."));
        Assert.Equal("pendant", finding.Text);
        Assert.Equal("during", finding.Suggestion);
        Assert.Contains("'pendant' is French here ('during')", finding.Message, StringComparison.Ordinal);
        Assert.Single(Check(rule, "Queues formed pendant two hours."));
        Assert.Empty(Check(rule, "The pendant the police found was silver."));
        Assert.Empty(Check(rule, "A silver pendant was found."));
    }

    [Fact]
    public void A_capitalised_entry_needs_the_capital_mid_sentence_and_no_capitalised_neighbour()
    {
        var rule = Load("words:\n  Kind: { means: child, previous: [DET] }");
        Assert.Single(Check(rule, "Police found a Kind of six."));
        Assert.Empty(Check(rule, "Police found a kind of silver."));
        Assert.Empty(Check(rule, "Police found a Kind Snacks bar."));
        Assert.Empty(Check(rule, "Kind of six, the police said."));
    }

    [Fact]
    public void A_lower_case_entry_opens_a_sentence_only_where_its_previous_test_allows_the_start()
    {
        var anywhere = Load("words:\n  hay: { means: there is, next: [no] }");
        Assert.Empty(Check(anywhere, "Hay no more."));
        var start = Load("words:\n  hay: { means: there is, previous: [\"^\"], next: [no] }");
        Assert.Single(Check(start, "Hay no more."));
    }

    [Theory]
    [InlineData("words:\n  pendant: { means: during, next: [DETERMINER] }", "'DETERMINER' is no POS tag")]
    [InlineData("words:\n  pendant: { means: during, next: [\"~(\"] }", "is not a valid regular expression")]
    [InlineData("words:\n  pendant: { next: [DET] }", "missing required key 'means'")]
    [InlineData("words:\n  pendant: { means: during, nxt: [DET] }", "unknown key 'nxt'")]
    [InlineData("other: 1", "missing required key 'words'")]
    public void A_bad_entry_is_a_config_error_with_its_place(string parameters, string expected)
    {
        var errors = new ConfigErrors();
        var pack = LoadPack(parameters, errors);
        Assert.NotNull(pack);
        Assert.Empty(pack.Rules);
        var error = Assert.Single(errors.All, e => e.Message.Contains(expected, StringComparison.Ordinal));
        Assert.Equal("test.yaml", error.File);
        Assert.True(error.Line > 1);
        Assert.True(error.Column >= 1);
    }

    [Fact]
    public void The_kind_is_registered() =>
        Assert.IsType<SourceHomographRule.Kind>(RuleKindRegistry.Default.TryGet("source-homograph", out var kind) ? kind : null);

    private static IRule Load(string parameters)
    {
        var errors = new ConfigErrors();
        var pack = LoadPack(parameters, errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.All));
        return Assert.Single(pack!.Rules);
    }

    private static RulePack? LoadPack(string parameters, ConfigErrors errors)
    {
        const string Header = """
            pack: test
            target: en
            rules:
              - id: TEST_HOMOGRAPH
                kind: source-homograph
                class: untranslated
                category: Accuracy/Untranslated
                severity: major
                message: "'{word}' is {language} here ('{means}')."
            """;
        var body = string.Join('\n', parameters.Split('\n').Select(l => "    " + l));
        return new RulePackLoader(RuleKindRegistry.Default).Load("test.yaml", Header + "\n" + body + "\n", errors);
    }

    private static List<Finding> Check(IRule rule, string text)
    {
        var article = new Article { Id = "t", Path = "t.txt", SourceLanguage = "fr", TargetLanguage = "en", Text = text };
        var analysis = AnalyzedText.Analyze(article, Tagger);
        var findings = new List<Finding>();
        var diagnostics = new List<Diagnostic>();
        RuleChecker.Run(analysis, [rule], findings, diagnostics);
        Assert.Empty(diagnostics);
        return findings;
    }
}
