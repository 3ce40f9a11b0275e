namespace Translation.Quality.Language;

/// <summary>Which languages tqa has function-word cues for (the foreign-run search needs them).</summary>
public static class FunctionWordsCatalog
{
    public static IReadOnlyList<string> Languages { get; } = ["en", "fr", "es", "de"];

    public static bool Knows(string language) => FunctionWords.TryGet(language, out _);
}
