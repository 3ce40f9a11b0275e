namespace Translation.Quality.Results;

/// <summary>How a finding relates to the article's previous version.</summary>
public enum FindingChange
{
    /// <summary>Not in the previous version (or the article is new).</summary>
    New,

    /// <summary>The previous version had the same fingerprint.</summary>
    Carried,
}
