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

    /// <summary>Tokens per window of the word-salad check (<see cref="WordSalad"/>); also the fewest words a salad has.</summary>
    public int SaladWindow { get; init; } = 5;

    /// <summary>Mean improbability a salad window reaches in each reading direction (nats per token).</summary>
    public double SaladThreshold { get; init; } = 0.5;

    /// <summary>Consecutive improbable windows that make a salad candidate.</summary>
    public int SaladRun { get; init; } = 1;

    /// <summary>Nats that up to <see cref="SaladMoves"/> block moves together must gain for a candidate to be a salad.</summary>
    public double SaladGain { get; init; } = 17.0;

    /// <summary>Most block moves tried, one after another, to unscramble a salad candidate.</summary>
    public int SaladMoves { get; init; } = 3;

    /// <summary>Weight of the POS-tag model beside the word-unit model.</summary>
    public double TagWeight { get; init; } = 0.5;
}
