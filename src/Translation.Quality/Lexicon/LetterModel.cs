using System.Collections.Concurrent;

namespace Translation.Quality.Lexicon;

/// <summary>
/// How much a word's spelling looks like a language's words rather than English ones: a letter
/// trigram model of each shipped dictionary's lower-case words, built on first use. Telling
/// "ayuntamientos" (Spanish letters) from "cosmodrome" (English letters) when the big English word
/// list has both and nobody counted either.
/// </summary>
public sealed class LetterModel
{
    private const char Boundary = '\u0002';

    private static readonly ConcurrentDictionary<string, Lazy<LetterModel?>> Built = new(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<long, int> _trigrams = [];
    private readonly Dictionary<long, int> _bigrams = [];
    private readonly Dictionary<int, int> _unigrams = [];
    private long _letters;

    private LetterModel()
    {
    }

    /// <summary>The model of a shipped lexicon's dictionary words, or null when tqa ships no lexicon for the language.</summary>
    public static LetterModel? For(string language) =>
        Built.GetOrAdd(language, l => new Lazy<LetterModel?>(() => Lexicons.For(l) is { } table ? Train(table) : null, LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>
    /// Mean log-odds per letter (natural log) that <paramref name="word"/> is spelt like <paramref name="language"/>
    /// rather than English: above 0 it looks more like the language, below 0 more like English.
    /// </summary>
    public static double LogOdds(string language, ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > WordKey.MaxLength || For(language) is not { } source || For("en") is not { } english)
        {
            return 0;
        }

        Span<char> key = stackalloc char[word.Length];
        WordKey.Normalise(word, key);
        return (source.LogProbability(key) - english.LogProbability(key)) / (key.Length + 1);
    }

    private static LetterModel Train(WordTable table)
    {
        var model = new LetterModel();
        for (var e = 0; e < table.Count; e++)
        {
            // Dictionary words in lower case: names and the big list's foreign entries would blur the languages.
            if ((table.Flags(e) & (WordFlags.Dictionary | WordFlags.Lower)) == (WordFlags.Dictionary | WordFlags.Lower))
            {
                model.Add(table.KeySpan(e));
            }
        }

        return model;
    }

    private void Add(ReadOnlySpan<char> word)
    {
        char a = Boundary, b = Boundary;
        for (var i = 0; i <= word.Length; i++)
        {
            var c = i < word.Length ? word[i] : Boundary;
            Increment(_trigrams, Pack(a, b, c));
            Increment(_bigrams, Pack('\0', b, c));
            _unigrams[c] = _unigrams.GetValueOrDefault(c) + 1;
            _letters++;
            a = b;
            b = c;
        }
    }

    private double LogProbability(ReadOnlySpan<char> word)
    {
        const double K = 2;
        var sum = 0.0;
        char a = Boundary, b = Boundary;
        var alphabet = _unigrams.Count + 1;
        for (var i = 0; i <= word.Length; i++)
        {
            var c = i < word.Length ? word[i] : Boundary;

            // Interpolated: the trigram estimate leans on the bigram one, which leans on the letter's frequency.
            var unigram = (_unigrams.GetValueOrDefault(c) + 1.0) / (_letters + alphabet);
            var bigramContext = _unigrams.GetValueOrDefault(b);
            var bigram = (_bigrams.GetValueOrDefault(Pack('\0', b, c)) + (K * unigram)) / (bigramContext + K);
            var trigramContext = _bigrams.GetValueOrDefault(Pack('\0', a, b));
            var trigram = (_trigrams.GetValueOrDefault(Pack(a, b, c)) + (K * bigram)) / (trigramContext + K);
            sum += Math.Log(trigram);
            a = b;
            b = c;
        }

        return sum;
    }

    private static void Increment(Dictionary<long, int> counts, long key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static long Pack(char a, char b, char c) => ((long)a << 32) | ((long)b << 16) | c;
}
