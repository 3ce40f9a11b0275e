namespace Translation.Quality.Lexicon;

/// <summary>Looks a word up by its lower-case key without allocating (words longer than 64 characters are never listed).</summary>
public static class WordKey
{
    public const int MaxLength = 64;

    /// <summary>The entry of <paramref name="word"/> (any case) in <paramref name="table"/>, or -1.</summary>
    public static int Find(WordTable table, ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength)
        {
            return -1;
        }

        Span<char> key = stackalloc char[word.Length];
        Normalise(word, key);
        return table.Find(key);
    }

    /// <summary>Lower case, with typographic apostrophes read as ASCII ones.</summary>
    public static void Normalise(ReadOnlySpan<char> word, Span<char> key)
    {
        word.ToLowerInvariant(key);
        key.Replace('\u2019', '\'');
    }
}
