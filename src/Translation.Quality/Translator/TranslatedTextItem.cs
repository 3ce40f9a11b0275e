namespace Translation.Quality.Translator;

/// <summary>One translate result: one translation per target language, in the order asked.</summary>
public sealed record TranslatedTextItem(DetectedLanguage? DetectedLanguage, IReadOnlyList<TranslationText> Translations);
