namespace Translation.Quality.Ingest;

/// <summary>One line from a <see cref="BoundedLineReader"/>.</summary>
/// <param name="Text">The line, or null when it was longer than the reader's limit.</param>
/// <param name="Length">Its length in characters, also when it was too long to keep.</param>
internal readonly record struct BoundedLine(string? Text, long Length);
