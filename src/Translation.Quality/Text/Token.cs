namespace Translation.Quality.Text;

/// <summary>A token with its offsets into the article text.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, TokenShape Shape)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, End - Start);

    public string GetText(string text) => text.Substring(Start, End - Start);
}

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
    Handle,
    Hashtag,
}

/// <summary>The spelling shape of a token, as rules need it.</summary>
public enum TokenShape : byte
{
    /// <summary>all lower case: "factory".</summary>
    Lower,

    /// <summary>Initial capital: "Gagarin".</summary>
    Capitalised,

    /// <summary>ALL CAPS of two letters or more: "AFP".</summary>
    AllCaps,

    /// <summary>Mixed case: "iPhone", "McDonald".</summary>
    Mixed,

    /// <summary>Digits, possibly with separators: "1,500", "3.5".</summary>
    Numeric,

    /// <summary>Letters and digits: "Su-35", "122mm".</summary>
    Alphanumeric,

    /// <summary>Punctuation or symbol.</summary>
    Punctuation,
}
