namespace Translation.Quality.Documents;

/// <summary>
/// A flagged span. Offsets are UTF-16 code units into <see cref="Article.Text"/> exactly as read,
/// so every report, the review UI and the evaluation agree on what was flagged.
/// </summary>
public sealed record Finding
{
    public required string Rule { get; init; }

    public required string Class { get; init; }

    public required string Category { get; init; }

    public required Severity Severity { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>The flagged text: always the article's substring [Start, End).</summary>
    public required string Text { get; init; }

    /// <summary>The sentence the span sits in.</summary>
    public required string Sentence { get; init; }

    public required string Message { get; init; }

    public string? Suggestion { get; init; }

    /// <summary>For bilingual checks: the source span the finding compares against; null otherwise.</summary>
    public SourceSpan? Source { get; init; }

    /// <summary>Stable across runs and across edits elsewhere in the article.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>
    /// What a later check says about the finding (the Translator's dictionary on a false friend).
    /// The rule's own message, span and suggestion are never rewritten: a verdict is added beside them.
    /// </summary>
    public IReadOnlyList<string> Annotations { get; init; } = [];
}
