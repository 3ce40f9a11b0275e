namespace Translation.Quality.Text;

/// <summary>Identifies the language of a piece of text, limited to the languages a run cares about.</summary>
public interface ILanguageIdentifier
{
    /// <summary>ISO 639-1 code and confidence in [0, 1]; "und" when unknown.</summary>
    LanguageGuess Identify(ReadOnlySpan<char> text);

    /// <summary>
    /// Runs of three or more words in one of <paramref name="candidates"/> inside a sentence written in
    /// <paramref name="targetLanguage"/> (an untranslated clause), with offsets into <paramref name="sentence"/>.
    /// </summary>
    IReadOnlyList<LanguageRun> FindForeignRuns(ReadOnlySpan<char> sentence, string targetLanguage, IEnumerable<string> candidates) => [];
}

public readonly record struct LanguageGuess(string Language, double Confidence)
{
    public static readonly LanguageGuess Unknown = new("und", 0);
}
