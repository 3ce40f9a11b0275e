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

    /// <summary>Some article could not be checked (the report says which and why), or the run was interrupted.</summary>
    public const int ArticleErrors = 3;
}
