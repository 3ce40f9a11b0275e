using Translation.Quality.Text;

namespace Translation.Quality.Language;

/// <summary>
/// The statistical detector behind <see cref="LinguaLanguageIdentifier"/>: confidences for every
/// language it knows. An interface so that tests can count or fake its calls.
/// </summary>
public interface ILanguageDetector
{
    /// <summary>The ISO 639-1 codes it can answer with.</summary>
    IReadOnlyCollection<string> Languages { get; }

    /// <summary>Every language with its confidence, most likely first; empty when it cannot tell.</summary>
    IReadOnlyList<LanguageGuess> Rank(string text);
}
