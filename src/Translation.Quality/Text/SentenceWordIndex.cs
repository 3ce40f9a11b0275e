namespace Translation.Quality.Text;

/// <summary>
/// Which sentences of an article may hold a word form (case-insensitive), built in one pass over
/// the tokens and shared by every rule: a rule that needs a given word asks here once per article
/// instead of scanning every sentence's tokens itself, and skips the sentences that cannot match.
/// </summary>
/// <remarks>
/// Each sentence keeps a 256-bit Bloom filter of its forms' case-insensitive hashes (two bits per
/// form), so nothing is allocated per word. A sentence that holds the form is always reported; one
/// that does not is reported now and then (a few per cent with a wire-copy sentence's 25 forms), so
/// callers still check the tokens of the sentences it reports.
/// </remarks>
internal sealed class SentenceWordIndex
{
    private const int WordsPerSentence = 4;

    private readonly ulong[] _filters;

    private SentenceWordIndex(ulong[] filters, int sentenceCount)
    {
        _filters = filters;
        SentenceCount = sentenceCount;
    }

    public int SentenceCount { get; }

    /// <summary>Words of the set a sentence bit mask over <see cref="SentenceCount"/> sentences needs.</summary>
    public int MaskLength => (SentenceCount + 63) / 64;

    public static SentenceWordIndex Build(string text, Token[] tokens, Sentence[] sentences)
    {
        var filters = new ulong[sentences.Length * WordsPerSentence];
        for (var s = 0; s < sentences.Length; s++)
        {
            var filter = filters.AsSpan(s * WordsPerSentence, WordsPerSentence);
            var sentence = sentences[s];
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                var (a, b) = Bits(tokens[k].Slice(text));
                filter[a >> 6] |= 1UL << (a & 63);
                filter[b >> 6] |= 1UL << (b & 63);
            }
        }

        return new SentenceWordIndex(filters, sentences.Length);
    }

    /// <summary>Adds to <paramref name="mask"/> the sentences that may hold <paramref name="word"/> (any case); every one that does is among them.</summary>
    public void AddSentencesOf(ReadOnlySpan<char> word, Span<ulong> mask)
    {
        var (a, b) = Bits(word);
        for (var s = 0; s < SentenceCount; s++)
        {
            var filter = _filters.AsSpan(s * WordsPerSentence, WordsPerSentence);
            if ((filter[a >> 6] & (1UL << (a & 63))) != 0 && (filter[b >> 6] & (1UL << (b & 63))) != 0)
            {
                mask[s >> 6] |= 1UL << (s & 63);
            }
        }
    }

    public static bool Has(ReadOnlySpan<ulong> mask, int sentence) => (mask[sentence >> 6] & (1UL << (sentence & 63))) != 0;

    /// <summary>Two filter bits from the form's case-insensitive hash: forms equal in any case share them.</summary>
    private static (int A, int B) Bits(ReadOnlySpan<char> form)
    {
        var hash = (uint)string.GetHashCode(form, StringComparison.OrdinalIgnoreCase);
        return ((int)(hash & 255), (int)((hash >> 8) & 255));
    }
}
