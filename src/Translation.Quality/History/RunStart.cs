namespace Translation.Quality.History;

/// <param name="RunId">Identifies the run's rows in the history.</param>
/// <param name="Resumed">The night (and shard) had a run that never completed; this run finishes it.</param>
public sealed record RunStart(string RunId, bool Resumed);
