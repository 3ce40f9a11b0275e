namespace Translation.Quality.Translator;

/// <summary>Where the span comparison draws its lines.</summary>
public sealed record SpanComparisonOptions
{
    /// <summary>Unsupported wire content words in one gap before they count as an addition.</summary>
    public int MinAddedWords { get; init; } = 1;

    /// <summary>Fresh content words missing from one gap before they count as an omission.</summary>
    public int MinOmittedWords { get; init; } = 1;

    /// <summary>How far (in words) a word may land from its phrase and still be called misplaced rather than moved with a clause.</summary>
    public int MaxMisplacedDistance { get; init; } = 6;
}
