using Translation.Quality.Text;

namespace Translation.Quality.Tagging;

/// <summary>Defers loading the built-in model until a rule actually asks for a tag.</summary>
public sealed class LazyTagger : IPosTagger
{
    public void Tag(string text, ReadOnlySpan<Token> tokens, Span<PosTag> tags) => PerceptronTagger.Default.Tag(text, tokens, tags);
}
