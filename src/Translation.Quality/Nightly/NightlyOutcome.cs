using Translation.Quality.Pipeline;

namespace Translation.Quality.Nightly;

/// <param name="Run">The run's summary and report files.</param>
/// <param name="ReportFolder">The night's (or shard's) folder.</param>
/// <param name="Resumed">The run finished a night that an earlier, interrupted run had started.</param>
/// <param name="Latest">The <c>latest</c> pointer written; null for a shard or an interrupted run.</param>
public sealed record NightlyOutcome(RunOutcome Run, string ReportFolder, bool Resumed, string? Latest)
{
    /// <summary>False when a report could not be written: none was published, the previous set is whole, and the night is not complete.</summary>
    public bool Published { get; init; } = true;

    /// <summary>The night had completed before and <see cref="NightlyRequest.Rerun"/> was not asked: nothing was run or written.</summary>
    public bool AlreadyComplete { get; init; }
}
