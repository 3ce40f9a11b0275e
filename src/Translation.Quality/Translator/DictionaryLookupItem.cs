namespace Translation.Quality.Translator;

public sealed record DictionaryLookupItem(string NormalizedSource, string DisplaySource, IReadOnlyList<DictionaryTranslation> Translations);
