using Translation.Quality.Lexicon;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// Reads a lexicon kind's <c>languages:</c> list: only source languages tqa ships a lexicon for
/// (English is the target, never a source lexicon); an unknown one is an error at its place in the YAML.
/// </summary>
internal static class SourceLexiconLanguages
{
    /// <returns>The languages in lower case, or null when the key is absent.</returns>
    public static List<string>? Read(YamlMap parameters)
    {
        var languages = parameters.StringList("languages");
        foreach (var language in languages ?? [])
        {
            if (!Lexicons.Has(language) || language.Equals("en", StringComparison.OrdinalIgnoreCase))
            {
                parameters.Error(parameters.Find("languages")!, $"tqa has no source-language lexicon for '{language}'; expected some of: fr, es, de");
            }
        }

        return languages?.Select(l => l.ToLowerInvariant()).ToList();
    }
}
