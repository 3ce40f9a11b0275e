namespace Translation.Quality.Tagging;

/// <summary>A CoNLL-U line that cannot be read; names the file and the 1-based line.</summary>
public sealed class ConlluFormatException : FormatException
{
    public ConlluFormatException(string filePath, int lineNumber, string reason)
        : base($"{filePath}:{lineNumber}: {reason}")
    {
        FilePath = filePath;
        LineNumber = lineNumber;
    }

    public string FilePath { get; }

    public int LineNumber { get; }
}
