namespace Translation.Quality.History;

/// <summary>The history file cannot be used (newer schema, not a history file, bad decisions file).</summary>
public sealed class HistoryException : Exception
{
    public HistoryException(string message)
        : base(message)
    {
    }

    public HistoryException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
