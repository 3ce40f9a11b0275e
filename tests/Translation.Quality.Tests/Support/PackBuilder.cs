using Translation.Quality.Rules;
using Translation.Quality.Yaml;

namespace Translation.Quality.Tests.Support;

/// <summary>Loads a rule pack from YAML text, failing the test with every config error.</summary>
public static class PackBuilder
{
    public static RulePack Load(string yaml, string name = "test.yaml")
    {
        var errors = new ConfigErrors();
        var pack = new RulePackLoader(RuleKindRegistry.Default).Load(name, yaml, errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.All));
        return pack!;
    }

    public static IReadOnlyList<ConfigError> Errors(string yaml, string name = "test.yaml")
    {
        var errors = new ConfigErrors();
        new RulePackLoader(RuleKindRegistry.Default).Load(name, yaml, errors);
        return errors.All;
    }

    /// <summary>A one-rule pack; <paramref name="body"/> is the rule's kind-specific YAML, indented 4.</summary>
    public static IRule Rule(string kind, string body, string source = "fr") => Load($"""
        pack: t
        source: {source}
        target: en
        rules:
          - id: T_RULE
            kind: {kind}
            class: test
            category: Fluency
            severity: minor
            message: test message
        {body}
        """).Rules.Single();
}
