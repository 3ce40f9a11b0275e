using Translation.Quality.Language;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: untranslated</c>, read and checked when the pack loads.</summary>
/// <param name="Languages">Lower-case codes of the languages to look for; null: the pack's source language.</param>
/// <param name="MinConfidence">The detector's confidence a run needs, 0 to 1 (default 0).</param>
public sealed record UntranslatedOptions(IReadOnlyList<string>? Languages, double MinConfidence)
{
    /// <summary>The options a rule's parameters give, or null when they cannot make a rule (the errors say why, located).</summary>
    public static UntranslatedOptions? Read(YamlMap parameters)
    {
        var errorsBefore = parameters.Errors.Count;
        var languages = parameters.StringList("languages");
        var minConfidence = parameters.Double("minConfidence", 0, 1) ?? 0;
        foreach (var language in languages ?? [])
        {
            if (!FunctionWordsCatalog.Knows(language))
            {
                parameters.Error(parameters.Find("languages")!, $"tqa has no function-word cues for '{language}'; expected some of: {string.Join(", ", FunctionWordsCatalog.Languages)}");
            }
        }

        return parameters.Errors.Count > errorsBefore ? null : new UntranslatedOptions(languages?.Select(l => l.ToLowerInvariant()).ToList(), minConfidence);
    }
}
