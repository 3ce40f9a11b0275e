using Translation.Quality.Text;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// Matches a sequence of <see cref="TokenPatternElement"/>s against a sentence's tokens, greedily
/// with backtracking (so optional and repeated elements give way to what follows them).
/// </summary>
internal sealed class TokenPatternMatcher
{
    private readonly string _text;
    private readonly Token[] _tokens;
    private readonly PosTag[]? _tags;
    private readonly int _sentenceFirst;
    private readonly int _sentenceEnd;

    /// <param name="tags">Tags indexed by token (the article's, see <see cref="AnalyzedText.TagsByToken"/>), or null without a tagger.</param>
    public TokenPatternMatcher(string text, Token[] tokens, PosTag[]? tags, Sentence sentence)
    {
        _text = text;
        _tokens = tokens;
        _tags = tags;
        _sentenceFirst = sentence.FirstToken;
        _sentenceEnd = sentence.EndToken;
    }

    public int SentenceFirst => _sentenceFirst;

    public int SentenceEnd => _sentenceEnd;

    /// <summary>
    /// Tries the pattern at token <paramref name="at"/>. On success <paramref name="starts"/> and
    /// <paramref name="ends"/> hold each element's token range and the method returns the match's end.
    /// </summary>
    /// <param name="mustEndSentence">Only accept matches that end with the sentence's last token.</param>
    /// <returns>The token index after the match, or -1.</returns>
    public int MatchAt(TokenPatternElement[] pattern, int at, Span<int> starts, Span<int> ends, bool mustEndSentence)
    {
        var end = Match(pattern, 0, at, starts, ends, mustEndSentence);
        return end > at ? end : -1;
    }

    /// <summary>Whether a match starting here is anchored at the sentence start (the sentence's first token).</summary>
    public bool AtSentenceStart(int token) => token == _sentenceFirst;

    /// <summary>Whether a match ending here is anchored at the sentence end (after the sentence's last token).</summary>
    private bool AtSentenceEnd(int token) => token == _sentenceEnd;

    private int Match(TokenPatternElement[] pattern, int element, int token, Span<int> starts, Span<int> ends, bool mustEndSentence)
    {
        if (element == pattern.Length)
        {
            return !mustEndSentence || AtSentenceEnd(token) ? token : -1;
        }

        var e = pattern[element];
        var count = 0;
        while (count < e.Max && token + count < _sentenceEnd && Holds(e.Condition, token + count))
        {
            count++;
        }

        for (var n = count; n >= e.Min; n--)
        {
            starts[element] = token;
            ends[element] = token + n;
            var end = Match(pattern, element + 1, token + n, starts, ends, mustEndSentence);
            if (end >= 0)
            {
                return end;
            }
        }

        return -1;
    }

    private bool Holds(TokenCondition condition, int token)
    {
        var t = _tokens[token];
        PosTag? tag = _tags is null ? null : _tags[token];
        return condition.Matches(_text.AsSpan(t.Start, t.End - t.Start), t, tag);
    }
}
