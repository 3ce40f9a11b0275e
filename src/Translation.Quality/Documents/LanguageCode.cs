using System.Text.RegularExpressions;

namespace Translation.Quality.Documents;

/// <summary>
/// Language codes as inputs and the command line give them: a BCP 47 tag (<c>fr</c>, <c>fr-FR</c>,
/// <c>pt-BR</c>, <c>zh-Hant</c>) whose primary subtag chooses the rule packs. A language's name
/// ("French") is refused with the code it means, never taken as a pair "french-en".
/// </summary>
public static partial class LanguageCode
{
    // English and native names of the languages a newsroom translates from most, to their ISO 639-1 codes.
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "en", ["french"] = "fr", ["français"] = "fr", ["francais"] = "fr", ["spanish"] = "es", ["español"] = "es",
        ["espanol"] = "es", ["castellano"] = "es", ["german"] = "de", ["deutsch"] = "de", ["italian"] = "it", ["italiano"] = "it",
        ["portuguese"] = "pt", ["português"] = "pt", ["portugues"] = "pt", ["dutch"] = "nl", ["nederlands"] = "nl", ["russian"] = "ru",
        ["arabic"] = "ar", ["chinese"] = "zh", ["mandarin"] = "zh", ["japanese"] = "ja", ["korean"] = "ko", ["polish"] = "pl",
        ["turkish"] = "tr", ["ukrainian"] = "uk", ["greek"] = "el", ["swedish"] = "sv", ["danish"] = "da", ["norwegian"] = "no",
        ["finnish"] = "fi", ["czech"] = "cs", ["romanian"] = "ro", ["hungarian"] = "hu", ["hebrew"] = "he", ["hindi"] = "hi",
        ["persian"] = "fa", ["farsi"] = "fa", ["catalan"] = "ca", ["basque"] = "eu",
    };

    /// <summary>The primary subtag, lower case (<c>fr-FR</c> → <c>fr</c>), or null with why not.</summary>
    public static string? Normalize(string text, out string? problem)
    {
        var trimmed = text.Trim();
        if (Tag().IsMatch(trimmed))
        {
            problem = null;
            var dash = trimmed.IndexOfAny(['-', '_']);
            return (dash < 0 ? trimmed : trimmed[..dash]).ToLowerInvariant();
        }

        problem = $"'{text}' is not a language code (BCP 47, e.g. fr, en, pt-BR)" + (Suggest(trimmed) is { } code ? $"; did you mean '{code}'?" : string.Empty);
        return null;
    }

    /// <summary>The code for a language's name or a close misspelling of a tag ("fr_fr" → fr), else null.</summary>
    public static string? Suggest(string text)
    {
        if (Names.TryGetValue(text, out var code))
        {
            return code;
        }

        var letters = new string([.. text.Where(char.IsAsciiLetter)]);
        return letters.Length is >= 2 and <= 3 ? letters.ToLowerInvariant() : null;
    }

    // Primary language (2–3 letters), then subtags of 1–8 letters or digits (script, region, variant).
    [GeneratedRegex(@"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")]
    private static partial Regex Tag();
}
