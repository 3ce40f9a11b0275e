namespace Translation.Quality.Reports.Html;

/// <summary>One night of history for the report's trend chart.</summary>
/// <param name="Date">The night the run covered.</param>
/// <param name="Articles">Articles checked that night.</param>
/// <param name="PassRate">Share of scored articles that passed MQM, 0 to 1.</param>
/// <param name="Findings">Findings that night.</param>
public sealed record ReportTrendPoint(DateOnly Date, int Articles, double PassRate, int Findings);
