using Translation.Quality.Rules;
using Translation.Quality.Rules.Kinds;
using Translation.Quality.Tests.Support;
using Translation.Quality.Yaml;
using YamlDotNet.RepresentationModel;

namespace Translation.Quality.Tests.Rules;

/// <summary>pattern, phrase-list, source-transliteration and token-pattern read their parameters into options records, checked at load.</summary>
public sealed class RemainingOptionsRecordTests
{
    private static readonly RuleInfo Info = new() { Id = "T_ONE", Kind = "token-pattern", File = "rules/t.yaml", Class = "test", Category = "Fluency", Severity = Quality.Documents.Severity.Minor, Message = "m \\1" };

    [Fact]
    public void Pattern_ReadsItsRegexAndGroup()
    {
        var (options, errors) = Read("pattern: \"(a)(b)\"\ngroup: 2\nignoreCase: true", PatternOptions.Read);

        Assert.Empty(errors.All);
        Assert.Equal(2, options!.Group);
        Assert.Matches(options.Regex.Peek, "AB");
    }

    [Fact]
    public void PhraseList_ExpandsItsPhrasesAndKeepsItsDefaults()
    {
        var (options, errors) = Read("phrases: [\"<make> a decision\", { phrase: at the end of the day, message: cliché }]", PhraseListOptions.Read);

        Assert.Empty(errors.All);
        Assert.Contains(options!.Phrases, p => p.Text == "made a decision");
        Assert.Contains(options.Phrases, p => p.Text == "at the end of the day" && p.Message == "cliché");
        Assert.Equal((true, true, 3), (options.IgnoreCase, options.WholeWord, options.MaxGap));
    }

    [Fact]
    public void SourceTransliteration_ReadsLexiconPatternsAllowAndRespell()
    {
        var (options, errors) = Read("lexicon: { Moskva: Moscow }\npatterns: [\"\\\\bTch\\\\w+\"]\nallow: [Tchad]\nrespell: [[\"^Tch\", \"Ch\"]]", SourceTransliterationOptions.Read);

        Assert.Empty(errors.All);
        Assert.Equal("Moscow", options!.Lexicon["Moskva"]);
        Assert.Single(options.Patterns);
        Assert.Contains("Tchad", (IReadOnlySet<string>)options.Allow);
        Assert.Equal([("^Tch", "Ch")], options.Respell);
    }

    [Fact]
    public void TokenPattern_ReadsItsElementsAndChecksMessageReferences()
    {
        var (options, errors) = Read("pattern: [ { pos: NOUN }, { word: whom, mark: true } ]\nsentenceEnd: true", p => TokenPatternOptions.Read(p, Info));

        Assert.Empty(errors.All);
        Assert.Equal(2, options!.Pattern.Length);
        Assert.True(options.SentenceEnd);
        Assert.False(options.SentenceStart);

        // "\3" names no element of a two-token pattern: an error on the message, not a rule.
        var (none, bad) = Read("pattern: [ { pos: NOUN }, { word: whom } ]", p => TokenPatternOptions.Read(p, Info with { Message = "m \\3" }));
        Assert.Null(none);
        Assert.NotEmpty(bad.All);
    }

    [Theory]
    [InlineData("pattern", "pattern: \"(a)\"\n    group: 2", 11, "the pattern has no group 2")]
    [InlineData("phrase-list", "phrases: []", 10, "'phrases' must list at least one phrase")]
    [InlineData("source-transliteration", "allow: [x]", 4, "needs a 'lexicon' or 'patterns'")]
    [InlineData("token-pattern", "pattern: [ { pos: NOTATAG } ]", 10, "NOTATAG")]
    public void BadParameters_AreErrorsNamingFileAndLine_AndMakeNoRule(string kind, string parameters, int line, string message)
    {
        var errors = PackBuilder.Errors($"""
            pack: t
            target: en
            rules:
              - id: T_ONE
                kind: {kind}
                class: test
                category: Fluency
                severity: minor
                message: m
                {parameters}
            """, "rules/t.yaml");

        var error = Assert.Single(errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(("rules/t.yaml", line), (error.File, error.Line));
        Assert.True(error.Column >= 1);
    }

    private static (T? Options, ConfigErrors Errors) Read<T>(string yaml, Func<YamlMap, T?> read)
        where T : class
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var errors = new ConfigErrors();
        var options = read(new YamlMap("rules/t.yaml", (YamlMappingNode)stream.Documents[0].RootNode, errors));
        return (options, errors);
    }
}
