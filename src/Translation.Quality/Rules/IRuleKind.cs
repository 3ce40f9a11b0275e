using Translation.Quality.Yaml;

namespace Translation.Quality.Rules;

/// <summary>A kind of rule (code); each YAML rule names one and gives its parameters.</summary>
public interface IRuleKind
{
    /// <summary>The name used in YAML: "pattern", "phrase-list", ...</summary>
    string Name { get; }

    /// <summary>
    /// Builds a rule from its parameters. Problems go to <paramref name="parameters"/>' error sink with
    /// their location; return null when the rule cannot be built.
    /// </summary>
    IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context);
}

/// <summary>What a kind may need while building: the pack's languages, and shared lexicons.</summary>
public sealed record RuleBuildContext(string? SourceLanguage, string TargetLanguage, string PackFile);
