namespace Translation.Quality.Evaluation;

/// <summary>An annotated defect: its class and exact span in the article text, and optionally its type within the class ("swap", "salad").</summary>
public sealed record GoldDefect(string Class, int Start, int End, string Text, string? Note, string? Type = null);
