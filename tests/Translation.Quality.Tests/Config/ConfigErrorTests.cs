using Translation.Quality.Config;
using Translation.Quality.Tests.Support;
using Translation.Quality.Yaml;

namespace Translation.Quality.Tests.Config;

public sealed class ConfigErrorTests
{
    [Fact]
    public void RulePack_UnknownKeyIsReportedWithFileLineAndColumnAndTheValidKeys()
    {
        var errors = PackBuilder.Errors("""
            pack: t
            target: en
            rules:
              - id: T_ONE
                kind: pattern
                class: test
                category: Fluency
                severity: minor
                message: m
                patern: "typo"
            """, "rules/t.yaml");

        Assert.Contains(errors, e => e.File == "rules/t.yaml" && e.Line == 10 && e.Column == 5 && e.Message.Contains("unknown key 'patern'", StringComparison.Ordinal) && e.Message.Contains("pattern", StringComparison.Ordinal));
    }

    [Fact]
    public void RulePack_AllErrorsAreReportedAtOnce()
    {
        var errors = PackBuilder.Errors("""
            pack: t
            target: en
            rules:
              - id: T_ONE
                kind: no-such-kind
                class: test
                category: Fluency
                severity: minor
                message: m
              - id: T_TWO
                kind: pattern
                class: test
                category: Fluency
                severity: huge
                message: m
                pattern: "("
              - id: bad id
                kind: repeated-word
                class: test
                category: Fluency
                severity: minor
                message: m
                exceptions: { not: a list }
            """);

        Assert.Contains(errors, e => e.Line == 5 && e.Message.Contains("unknown rule kind 'no-such-kind'", StringComparison.Ordinal) && e.Message.Contains("phrase-list", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 14 && e.Message.Contains("'severity' must be one of: minor, major, critical", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 16 && e.Message.Contains("not a valid regular expression", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 17 && e.Message.Contains("UPPER_SNAKE_CASE", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 23 && e.Message.Contains("'exceptions' must be a list", StringComparison.Ordinal));
    }

    [Fact]
    public void RulePack_DuplicateIdsAndUnmarkedExamplesAreErrors()
    {
        var errors = PackBuilder.Errors("""
            pack: t
            target: en
            rules:
              - { id: T_A, kind: repeated-word, class: c, category: f, severity: minor, message: m, examples: { flag: ["no marker here"] } }
              - { id: T_A, kind: repeated-word, class: c, category: f, severity: minor, message: m }
            """);

        Assert.Contains(errors, e => e.Line == 4 && e.Message.Contains("[[ and ]]", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 5 && e.Message.Contains("already used", StringComparison.Ordinal));
    }

    [Fact]
    public void Yaml_SyntaxErrorAndAliasBombAreLocated()
    {
        var syntax = PackBuilder.Errors("pack: t\ntarget: en\nrules: [\n  - oops: : :\n");
        Assert.Contains(syntax, e => e.Message.StartsWith("YAML syntax", StringComparison.Ordinal) && e.Line >= 3);

        var bomb = "pack: t\ntarget: en\na: &a [x, x]\n" + string.Join("\n", Enumerable.Range(0, 100).Select(i => $"k{i}: [*a, *a]")) + "\nrules: []\n";
        var errors = PackBuilder.Errors(bomb);
        Assert.Contains(errors, e => e.Message.Contains("aliases", StringComparison.Ordinal));
    }

    [Fact]
    public void Pipeline_UnknownKeyAndBadValuesAreErrorsNamingTheLine()
    {
        var errors = new ConfigErrors();
        PipelineOptionsReader.Read("pipeline.yaml", """
            stages: [ingest, segment, check, report]
            scoring:
              weights: { minor: 1, major: five }
            thresholds:
              maxFailingShare: 2
            colour: blue
            """, errors);

        Assert.Contains(errors.All, e => e.Line == 3 && e.Message.Contains("'major' must be a number", StringComparison.Ordinal));
        Assert.Contains(errors.All, e => e.Line == 5 && e.Message.Contains("between 0 and 1", StringComparison.Ordinal));
        Assert.Contains(errors.All, e => e.Line == 6 && e.Message.Contains("unknown key 'colour'", StringComparison.Ordinal));
    }

    [Fact]
    public void Pipeline_StagesMustBeKnownAndInOrder()
    {
        var errors = new ConfigErrors();
        PipelineOptionsReader.Read("pipeline.yaml", "stages: [ingest, check, segment, polish, report]\n", errors);

        Assert.Contains(errors.All, e => e.Message.Contains("out of order", StringComparison.Ordinal));
        Assert.Contains(errors.All, e => e.Message.Contains("unknown stage 'polish'", StringComparison.Ordinal));
    }

    [Fact]
    public void BuiltInConfiguration_LoadsWithoutErrors()
    {
        var loaded = new ConfigLoader().Load(null);

        Assert.Contains(loaded.Rules.Packs, p => p.Name == "fr-en");
        Assert.NotEmpty(loaded.Rules.For("fr", "en"));
        Assert.Contains(loaded.Rules.For("de", "en"), r => r.Info.Id == "EN_REPEATED_WORD");
        Assert.DoesNotContain(loaded.Rules.For("de", "en"), r => r.Info.Id.StartsWith("FR_", StringComparison.Ordinal));
    }

    [Fact]
    public void RepoPipeline_FilePackReplacesTheBuiltInPackOfTheSameName()
    {
        using var dir = new TempDir();
        var pipeline = dir.File("pipeline.yaml", "rules:\n  paths: [mine]\n");
        dir.File("mine/fr-en.yaml", """
            pack: fr-en
            source: fr
            target: en
            rules:
              - { id: MY_ONLY_RULE, kind: repeated-word, class: repeated-word, category: Fluency, severity: minor, message: m }
            """);

        var loaded = new ConfigLoader().Load(pipeline);

        var frRules = loaded.Rules.For("fr", "en").Select(r => r.Info.Id).ToList();
        Assert.Contains("MY_ONLY_RULE", frRules);
        Assert.DoesNotContain("FR_DATE_DMY", frRules);
        Assert.Contains("EN_REPEATED_WORD", frRules);
    }
}
