namespace Translation.Quality.Reports.Html;

/// <summary>
/// A remark a later stage attaches to an article ("unverified" and why). The report lists the
/// articles under each label in its summary and can filter by it.
/// </summary>
public sealed record ReportNote(string Label, string? Detail);
