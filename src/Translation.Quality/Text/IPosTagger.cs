
namespace Translation.Quality.Text;

/// <summary>Tags the tokens of one sentence.</summary>
public interface IPosTagger
{
    /// <param name="text">The whole article text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="tags">Receives one tag per token.</param>
    void Tag(string text, ReadOnlySpan<Token> tokens, Span<PosTag> tags);
}
