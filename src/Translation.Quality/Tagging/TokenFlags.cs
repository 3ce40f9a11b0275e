namespace Translation.Quality.Tagging;

[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    Capitalised = 1,
    AllCaps = 2,
    Hyphen = 4,
    Digit = 8,

    /// <summary>First word of the sentence (only punctuation before it).</summary>
    SentenceInitial = 16,
    HasLetter = 32,
}
