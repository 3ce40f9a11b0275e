namespace Translation.Quality.Translator;

public sealed record BreakSentenceItem(DetectedLanguage? DetectedLanguage, IReadOnlyList<int> SentencesLengths);
