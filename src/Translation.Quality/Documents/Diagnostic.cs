namespace Translation.Quality.Documents;

/// <summary>Something that went wrong while checking an article (not a defect in the copy).</summary>
/// <param name="Code">Stable code: TQ2xx input, TQ3xx rule, TQ4xx Translator, TQ5xx report, TQ9xx internal.</param>
/// <param name="Stage">The stage that raised it.</param>
public sealed record Diagnostic(string Code, string Stage, string Message, bool IsError = true);
