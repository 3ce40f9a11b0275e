using Translation.Quality.Config;
using Translation.Quality.Rules;
using Translation.Quality.Tests.Support;
using Translation.Quality.Yaml;

namespace Translation.Quality.Tests.Rules;

/// <summary>Every rule in every pack under config/rules passes its own examples (as <c>tqa rules test</c> does).</summary>
public sealed class RulePackExampleTests
{
    public static TheoryData<string> PackFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Config, "rules"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PackFiles))]
    public void Pack_RulesPassTheirOwnExamples(string relativePath)
    {
        var errors = new ConfigErrors();
        var pack = new RulePackLoader(RuleKindRegistry.Default).Load(relativePath, File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath)), errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.All));
        Assert.NotEmpty(pack!.Rules);

        var runner = new RuleExampleRunner(Translation.Quality.Composition.AnalysisDefaults.Tagger, Translation.Quality.Composition.AnalysisDefaults.LanguageIdentifierFor(new PipelineOptions().Languages));
        var failures = pack.RulesWithExamples.SelectMany(rule => runner.Run(pack, rule)).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(PackFiles))]
    public void Pack_EveryRuleHasTwoFlagAndTwoPassExamples(string relativePath)
    {
        var pack = PackBuilder.Load(File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath)), relativePath);
        var thin = pack.RulesWithExamples.Where(r => r.Info.Examples.Flag.Count < 2 || r.Info.Examples.Pass.Count < 2).Select(r => r.Info.Id).ToList();
        Assert.True(thin.Count == 0, "rules with fewer than 2 flag or 2 pass examples: " + string.Join(", ", thin));
    }

    [Fact]
    public void ExampleRunner_ReportsAMissedFlagExampleWithFileRuleAndLine()
    {
        var pack = PackBuilder.Load("""
            pack: t
            target: en
            rules:
              - id: T_NEVER
                kind: pattern
                class: test
                category: Fluency
                severity: minor
                message: m
                pattern: "zzzz"
                examples:
                  flag:
                    - "Nothing to [[see]] here."
                  pass:
                    - "Fine."
            """, "packs/t.yaml");

        var failures = new RuleExampleRunner().Run(pack, pack.Rules[0]);

        var failure = Assert.Single(failures);
        Assert.Equal("packs/t.yaml", failure.File);
        Assert.Equal("T_NEVER", failure.RuleId);
        Assert.Equal(13, failure.Line);
        Assert.Contains("expected one finding \"see\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExampleRunner_FailsWhenAPassExampleIsFlagged()
    {
        var pack = PackBuilder.Load("""
            pack: t
            target: en
            rules:
              - id: T_SEE
                kind: pattern
                class: test
                category: Fluency
                severity: minor
                message: m
                pattern: "see"
                examples:
                  flag: ["Nothing to [[see]] here."]
                  pass: ["We see it."]
            """);

        var failure = Assert.Single(new RuleExampleRunner().Run(pack, pack.Rules[0]));
        Assert.Contains("expected no finding", failure.Message, StringComparison.Ordinal);
    }
}
