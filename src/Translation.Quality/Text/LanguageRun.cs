namespace Translation.Quality.Text;

/// <summary>
/// A run of words in another language inside a sentence: [Start, End) in the text that was
/// searched, the ISO 639-1 code of its language, and the detector's confidence in [0, 1].
/// </summary>
public readonly record struct LanguageRun(int Start, int End, string Language, double Confidence)
{
    public int Length => End - Start;

    public LanguageRun Offset(int by) => this with { Start = Start + by, End = End + by };
}
