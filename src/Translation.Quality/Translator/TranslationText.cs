namespace Translation.Quality.Translator;

public sealed record TranslationText(string TargetLanguage, string Text);
