namespace Translation.Quality.Language;

/// <summary>Identifies the language of a piece of text, limited to the languages a run cares about.</summary>
public interface ILanguageIdentifier
{
    /// <summary>ISO 639-1 code and confidence in [0, 1]; "und" when unknown.</summary>
    LanguageGuess Identify(ReadOnlySpan<char> text);
}

public readonly record struct LanguageGuess(string Language, double Confidence)
{
    public static readonly LanguageGuess Unknown = new("und", 0);
}
