namespace Translation.Quality.WordOrder;

/// <summary>Settings of <see cref="WordOrderTrainer"/>; the defaults built the shipped model.</summary>
public sealed record WordOrderTrainingOptions
{
    /// <summary>A word form gets its own unit when seen at least this often; rarer forms fall back to their tag.</summary>
    public int MinWordCount { get; init; } = 3;
}
