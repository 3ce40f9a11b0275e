namespace Translation.Quality.Config;

/// <summary>The SQLite cache that keeps a rerun from paying twice for the same sentence.</summary>
public sealed record TranslatorCacheOptions
{
    public bool Enabled { get; init; } = true;

    /// <summary>Relative to the current directory.</summary>
    public string Path { get; init; } = ".tqa/translator-cache.db";
}
