namespace Translation.Quality.BrowserTests.Support;

/// <summary>A finding of the sample feed's report.json.</summary>
public sealed record SampleFinding(string Class, string Severity, string Rule, string Text, string? Suggestion, string Fingerprint);
