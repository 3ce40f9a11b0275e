namespace Translation.Quality.Reports.Html;

/// <summary>A labelled figure for the report's summary that the core summary does not carry (the Translator's characters, say).</summary>
public sealed record ReportFact(string Label, string Value);
