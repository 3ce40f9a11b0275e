namespace Translation.Quality.Translator;

/// <summary>Where the span comparison draws its lines.</summary>
public sealed record SpanComparisonOptions
{
    /// <summary>Unsupported wire content words in one gap before they count as an addition (one number or name is always enough).</summary>
    public int MinAddedWords { get; init; } = 2;

    /// <summary>Fresh content words missing from one gap before they count as an omission.</summary>
    public int MinOmittedWords { get; init; } = 2;

    /// <summary>
    /// How many more unsupported content words a gap of the wire must have than the fresh translation
    /// has unmatched in the gaps beside it (or fewer, for an omission): below it, a rewording.
    /// </summary>
    public int MinImbalance { get; init; } = 2;

    /// <summary>How far (in words) a word may land from its phrase and still be called misplaced rather than moved with a clause.</summary>
    public int MaxMisplacedDistance { get; init; } = 6;
}
