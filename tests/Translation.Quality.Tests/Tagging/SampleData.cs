using Translation.Quality.Tagging;

namespace Translation.Quality.Tests.Tagging;

/// <summary>The attributed UD English EWT sample copied beside the test assembly.</summary>
internal static class SampleData
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "ud-ewt-sample.conllu");

    public static IReadOnlyList<TaggedSentence> Sentences => ConlluReader.Read(Path).ToList();
}
