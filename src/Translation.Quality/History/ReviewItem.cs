namespace Translation.Quality.History;

/// <summary>
/// A line of <c>tqa review list</c>: a finding from the latest version of an article, and the decision
/// on its fingerprint if any. A decision on a fingerprint no current article has comes without a finding.
/// </summary>
public sealed record ReviewItem
{
    public required string Fingerprint { get; init; }

    public required ReviewStatus Status { get; init; }

    public string? Feed { get; init; }

    public string? ArticleId { get; init; }

    public string? Rule { get; init; }

    public string? Class { get; init; }

    public string? Severity { get; init; }

    public string? Text { get; init; }

    public string? Sentence { get; init; }

    public ReviewDecision? Decision { get; init; }
}
