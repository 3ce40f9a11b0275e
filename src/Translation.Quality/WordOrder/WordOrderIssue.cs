namespace Translation.Quality.WordOrder;

/// <summary>
/// An improbable stretch of one sentence, in token indices relative to the sentence. When a single
/// move of <see cref="MoveLength"/> tokens from <see cref="MoveStart"/> by <see cref="MoveBy"/>
/// places makes the stretch probable, that move is the repair (<see cref="HasMove"/>).
/// </summary>
public readonly record struct WordOrderIssue(int Start, int End, double Score, int MoveStart, int MoveLength, int MoveBy)
{
    public bool HasMove => MoveLength > 0;

    /// <summary>A scrambled stretch (improbable read both ways over several windows) that no single move repairs.</summary>
    public bool Salad { get; init; }
}
