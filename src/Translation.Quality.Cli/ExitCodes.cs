using Translation.Quality.Results;

namespace Translation.Quality.Cli;

/// <summary>The exit codes design.md promises: scripts and schedulers rely on them.</summary>
public static class ExitCodes
{
    /// <summary>Ran, and nothing breaks the threshold.</summary>
    public const int Ok = 0;

    /// <summary>A quality threshold was broken.</summary>
    public const int ThresholdBroken = 1;

    /// <summary>Usage or configuration error.</summary>
    public const int UsageOrConfig = 2;

    /// <summary>Some article could not be checked (the report says which and why), a report could not be written, or the run was interrupted; for <c>review import</c>, some decisions were refused (the rest applied).</summary>
    public const int ArticleErrors = 3;

    /// <summary>A finished run's code: errors and interruptions before a broken threshold.</summary>
    public static int For(RunSummary summary) =>
        summary.Interrupted || summary.Errors > 0 || summary.Diagnostics.Any(d => d.IsError) ? ArticleErrors
        : summary.ThresholdBreaches.Count > 0 ? ThresholdBroken
        : Ok;
}
