namespace Translation.Quality.Translator;

public sealed record LanguageDetectionItem(string Language, double Score, bool IsTranslationSupported, IReadOnlyList<DetectedLanguage> Alternatives);
