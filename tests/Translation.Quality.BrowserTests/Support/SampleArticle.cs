namespace Translation.Quality.BrowserTests.Support;

/// <summary>An article of the sample feed's report.json, with the feed name the HTML report gives it.</summary>
public sealed record SampleArticle(int Index, string Id, string Path, string Feed, bool? Pass, IReadOnlyList<SampleFinding> Findings)
{
    public bool IsXliff => Path.Contains(".xlf#", StringComparison.Ordinal);
}
