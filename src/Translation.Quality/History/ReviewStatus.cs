namespace Translation.Quality.History;

/// <summary>Where a finding stands in review.</summary>
public enum ReviewStatus
{
    /// <summary>Reported, no decision yet.</summary>
    Open,

    Confirmed,

    Dismissed,
}
