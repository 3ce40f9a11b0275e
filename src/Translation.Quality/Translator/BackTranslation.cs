namespace Translation.Quality.Translator;

public sealed record BackTranslation(string NormalizedText, string DisplayText, int ExamplesCount, int FrequencyCount);
