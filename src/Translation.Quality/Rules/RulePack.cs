namespace Translation.Quality.Rules;

/// <summary>
/// A file of rules for one language pair ("fr-en": <c>source: fr</c>, <c>target: en</c>) or for a
/// target language alone (<c>target: en</c>, no source).
/// </summary>
public sealed record RulePack(string Name, string File, string? SourceLanguage, string TargetLanguage, IReadOnlyList<IRule> Rules)
{
    /// <summary>Rules marked <c>enabled: false</c>: never run on articles, but their examples still run, so they cannot rot.</summary>
    public IReadOnlyList<IRule> Disabled { get; init; } = [];

    /// <summary>Every rule whose examples must hold: the enabled ones and the disabled ones.</summary>
    public IEnumerable<IRule> RulesWithExamples => Rules.Concat(Disabled);

    public bool AppliesTo(string source, string target) =>
        string.Equals(TargetLanguage, target, StringComparison.OrdinalIgnoreCase)
        && (SourceLanguage is null || string.Equals(SourceLanguage, source, StringComparison.OrdinalIgnoreCase));
}
