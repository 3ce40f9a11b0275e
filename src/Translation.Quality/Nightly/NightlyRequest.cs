using Translation.Quality.History;

namespace Translation.Quality.Nightly;

/// <summary>One night's run as the command line asks for it, paths resolved.</summary>
public sealed record NightlyRequest
{
    /// <summary>yyyy-MM-dd.</summary>
    public required string Night { get; init; }

    public ShardSpec? Shard { get; init; }

    /// <summary>The reports root; the night's folder is made under it.</summary>
    public required string ReportsRoot { get; init; }

    public required string HistoryPath { get; init; }

    /// <summary>Check a night again that already completed (without it, a complete night is left as it is).</summary>
    public bool Rerun { get; init; }
}
