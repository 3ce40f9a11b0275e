namespace Translation.Quality.Text;

/// <summary>A sentence: its character range and its range of tokens.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;

    public string GetText(string text) => text.Substring(Start, End - Start);
}
