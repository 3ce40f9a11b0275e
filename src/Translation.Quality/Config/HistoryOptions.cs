namespace Translation.Quality.Config;

/// <summary>Where run history, incremental state and review decisions are kept (one SQLite file).</summary>
public sealed record HistoryOptions
{
    public const string DefaultPath = ".tqa/history.db";

    /// <summary>Relative to pipeline.yaml's folder (the current folder for the built-in pipeline).</summary>
    public string Path { get; init; } = DefaultPath;

    /// <summary>Results committed in one transaction, at most; a crash loses at most one batch of work (rerun redoes it).</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>A batch is committed at least this often while a run is writing.</summary>
    public double BatchSeconds { get; init; } = 1;
}
