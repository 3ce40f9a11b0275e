namespace Translation.Quality.Results;

/// <summary>The names a finding change has in report.json and the history database.</summary>
public static class FindingChangeNames
{
    public static string Name(FindingChange change) => change == FindingChange.Carried ? "carried" : "new";
}
