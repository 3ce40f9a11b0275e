using Translation.Quality.Documents;

namespace Translation.Quality.Results;

/// <summary>An article's findings, their changes and its resolved fingerprints before dismissed findings were taken out.</summary>
internal sealed record UnsuppressedCheck(IReadOnlyList<Finding> Findings, IReadOnlyList<FindingChange> Changes, IReadOnlyList<string> Resolved);
