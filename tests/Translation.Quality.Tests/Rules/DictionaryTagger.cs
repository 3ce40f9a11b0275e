using Translation.Quality.Text;

namespace Translation.Quality.Tests.Rules;

/// <summary>
/// A test tagger: tags from a word list, everything else X. (Moq cannot set up IPosTagger.Tag:
/// its span parameters cannot be generic arguments of It.IsAny.)
/// </summary>
internal sealed class DictionaryTagger(IReadOnlyDictionary<string, PosTag> tags) : IPosTagger
{
    public int Calls { get; private set; }

    public void Tag(string text, ReadOnlySpan<Token> tokens, Span<PosTag> output)
    {
        Calls++;
        for (var i = 0; i < tokens.Length; i++)
        {
            output[i] = tags.TryGetValue(tokens[i].GetText(text).ToLowerInvariant(), out var tag) ? tag
                : tokens[i].Kind == TokenKind.Punctuation ? PosTag.PUNCT
                : PosTag.X;
        }
    }
}
