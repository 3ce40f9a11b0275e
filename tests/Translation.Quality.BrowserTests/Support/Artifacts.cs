using Translation.Quality.Tests.Support;

namespace Translation.Quality.BrowserTests.Support;

/// <summary>Screenshots and measurements the browser tests leave for people and CI: TestResults/browser/ at the repository root.</summary>
public static class Artifacts
{
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "TestResults", "browser")).FullName;

    public static string File(string name) => Path.Combine(Folder, name);
}
