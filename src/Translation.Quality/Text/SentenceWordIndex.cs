namespace Translation.Quality.Text;

/// <summary>
/// Which sentences of an article hold each word form (case-insensitive), built in one pass over
/// the tokens and shared by every rule: a rule that needs a given word asks here once per article
/// instead of scanning every sentence's tokens itself, and skips the sentences that cannot match.
/// </summary>
internal sealed class SentenceWordIndex
{
    private readonly Dictionary<string, ulong[]> _sentencesOf;
    private readonly Dictionary<string, ulong[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private SentenceWordIndex(Dictionary<string, ulong[]> sentencesOf, int sentenceCount)
    {
        _sentencesOf = sentencesOf;
        _lookup = sentencesOf.GetAlternateLookup<ReadOnlySpan<char>>();
        SentenceCount = sentenceCount;
    }

    public int SentenceCount { get; }

    /// <summary>Words of the set a sentence bit mask over <see cref="SentenceCount"/> sentences needs.</summary>
    public int MaskLength => (SentenceCount + 63) / 64;

    public static SentenceWordIndex Build(string text, Token[] tokens, Sentence[] sentences)
    {
        var sentencesOf = new Dictionary<string, ulong[]>(StringComparer.OrdinalIgnoreCase);
        var lookup = sentencesOf.GetAlternateLookup<ReadOnlySpan<char>>();
        var length = (sentences.Length + 63) / 64;
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                var form = tokens[k].Slice(text);
                if (!lookup.TryGetValue(form, out var mask))
                {
                    mask = new ulong[length];
                    sentencesOf.Add(form.ToString(), mask);
                }

                mask[s >> 6] |= 1UL << (s & 63);
            }
        }

        return new SentenceWordIndex(sentencesOf, sentences.Length);
    }

    /// <summary>Adds to <paramref name="mask"/> the sentences holding <paramref name="word"/> (any case).</summary>
    public void AddSentencesOf(ReadOnlySpan<char> word, Span<ulong> mask)
    {
        if (_lookup.TryGetValue(word, out var found))
        {
            for (var i = 0; i < mask.Length; i++)
            {
                mask[i] |= found[i];
            }
        }
    }

    public static bool Has(ReadOnlySpan<ulong> mask, int sentence) => (mask[sentence >> 6] & (1UL << (sentence & 63))) != 0;
}
