namespace Translation.Quality.Reports.Model;

/// <summary>
/// report.json as a whole, the contract other tools parse (design.md). <see cref="JsonReportWriter"/>
/// streams it in this shape; merge reads it back; a snapshot test pins its schema.
/// </summary>
public sealed record ReportDocument
{
    public required string SchemaVersion { get; init; }

    public required ReportTool Tool { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    public required IReadOnlyList<ReportArticle> Articles { get; init; }

    public required ReportSummary Summary { get; init; }
}

public sealed record ReportTool(string Name, string Version);
