namespace Translation.Quality.Rules.Kinds;

/// <summary>English names of the languages rules talk about in their messages ("left in {language}").</summary>
internal static class LanguageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fr"] = "French",
        ["es"] = "Spanish",
        ["de"] = "German",
        ["it"] = "Italian",
        ["pt"] = "Portuguese",
        ["nl"] = "Dutch",
        ["en"] = "English",
    };

    /// <summary>The English name of an ISO 639-1 code, or the code itself.</summary>
    public static string EnglishName(string code) => Names.GetValueOrDefault(code, code);
}
