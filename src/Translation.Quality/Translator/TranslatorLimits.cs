namespace Translation.Quality.Translator;

/// <summary>Per-request limits of Translator v3.0 (service-limits page).</summary>
public static class TranslatorLimits
{
    public const int TranslateMaxElements = 1_000;

    /// <summary>Summed over all targets: characters × number of <c>to</c>.</summary>
    public const int TranslateMaxCharacters = 50_000;

    public const int DetectMaxElements = 100;

    public const int DetectMaxCharacters = 50_000;

    public const int BreakSentenceMaxElements = 100;

    public const int BreakSentenceMaxCharacters = 50_000;

    public const int DictionaryMaxElements = 10;

    public const int DictionaryMaxElementCharacters = 100;

    public const int DictionaryMaxCharacters = 1_000;
}
