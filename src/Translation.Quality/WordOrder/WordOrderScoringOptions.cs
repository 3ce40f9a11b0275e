namespace Translation.Quality.WordOrder;

/// <summary>How <see cref="WordOrderScorer"/> judges a sentence; the rule kind reads these from YAML.</summary>
public sealed record WordOrderScoringOptions
{
    /// <summary>Tokens per window whose mean improbability is the stretch score.</summary>
    public int Window { get; init; } = 3;

    /// <summary>A window this improbable (mean nats per token against the word's own frequency) is a stretch to flag.</summary>
    public double StretchThreshold { get; init; } = 4.0;

    /// <summary>A single move that raises the sentence's log-probability by this many nats is a repair worth reporting.</summary>
    public double MoveThreshold { get; init; } = 10.0;

    /// <summary>
    /// Gain an adjacent swap needs. Lower than <see cref="MoveThreshold"/>: one swap per pair is one
    /// hypothesis, where the block search takes the best of dozens and so finds gains by chance.
    /// </summary>
    public double SwapThreshold { get; init; } = 10.0;

    /// <summary>Windows at least this improbable are searched for a repairing move (cheaper than searching every window).</summary>
    public double SearchGate { get; init; } = 0.75;

    /// <summary>Longest block of tokens moved, and farthest it moves.</summary>
    public int MaxMoveLength { get; init; } = 3;

    public int MaxMoveDistance { get; init; } = 3;

    /// <summary>Weight of the POS-tag model beside the word-unit model.</summary>
    public double TagWeight { get; init; } = 0.5;
}
