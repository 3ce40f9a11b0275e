namespace Translation.Quality.Results;

/// <summary>
/// Whether the Translator verified an article. Present only when the verify stage is in the run;
/// an article it could not verify says why, so nothing passes unverified in silence.
/// </summary>
/// <param name="Reason">Why it was not verified (or what was only partly checked); null when fully verified.</param>
public sealed record Verification(bool Verified, string? Reason)
{
    public static Verification Done { get; } = new(true, null);
}
