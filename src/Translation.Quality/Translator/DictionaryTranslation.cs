using Translation.Quality.Text;

namespace Translation.Quality.Translator;

public sealed record DictionaryTranslation(string NormalizedTarget, string DisplayTarget, string PosTag, double Confidence, string PrefixWord, IReadOnlyList<BackTranslation> BackTranslations);
