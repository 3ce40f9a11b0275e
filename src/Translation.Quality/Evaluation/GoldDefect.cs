namespace Translation.Quality.Evaluation;

/// <summary>An annotated defect: its class and exact span in the article text.</summary>
public sealed record GoldDefect(string Class, int Start, int End, string Text, string? Note);
