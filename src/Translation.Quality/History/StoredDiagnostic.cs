namespace Translation.Quality.History;

/// <summary>A diagnostic as the history keeps it with an article's state (JSON).</summary>
internal sealed record StoredDiagnostic(string Code, string Stage, string Message, bool IsError);
