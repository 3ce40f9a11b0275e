namespace Translation.Quality.Tests.Support;

/// <summary>Finds the repository root from the test's output folder, so tests read the real config/ and fixtures/.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Config => Path.Combine(Root, "config");

    public static string Fixtures => Path.Combine(Root, "fixtures");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Translation.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Translation.sln not found above " + AppContext.BaseDirectory);
    }
}
