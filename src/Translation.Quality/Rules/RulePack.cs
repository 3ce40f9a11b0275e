namespace Translation.Quality.Rules;

/// <summary>
/// A file of rules for one language pair ("fr-en": <c>source: fr</c>, <c>target: en</c>) or for a
/// target language alone (<c>target: en</c>, no source).
/// </summary>
public sealed record RulePack(string Name, string File, string? SourceLanguage, string TargetLanguage, IReadOnlyList<IRule> Rules)
{
    public bool AppliesTo(string source, string target) =>
        string.Equals(TargetLanguage, target, StringComparison.OrdinalIgnoreCase)
        && (SourceLanguage is null || string.Equals(SourceLanguage, source, StringComparison.OrdinalIgnoreCase));
}
