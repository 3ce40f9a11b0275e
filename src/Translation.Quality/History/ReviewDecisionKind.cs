namespace Translation.Quality.History;

/// <summary>What an editor said about a finding.</summary>
public enum ReviewDecisionKind
{
    /// <summary>A real defect.</summary>
    Confirmed,

    /// <summary>A false alarm: suppressed wherever the same fingerprint recurs.</summary>
    Dismissed,
}
