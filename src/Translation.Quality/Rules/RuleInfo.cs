using Translation.Quality.Documents;

namespace Translation.Quality.Rules;

/// <summary>What every rule declares in YAML, whatever its kind.</summary>
public sealed record RuleInfo
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Class { get; init; }

    public required string Category { get; init; }

    public required Severity Severity { get; init; }

    public required string Message { get; init; }

    public string? Suggestion { get; init; }

    public string? Description { get; init; }

    /// <summary>The pack file the rule came from, and the line it starts on.</summary>
    public required string File { get; init; }

    public int Line { get; init; }

    public RuleExamples Examples { get; init; } = RuleExamples.None;
}
