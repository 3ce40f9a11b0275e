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

    // Counts in flat arrays over a dense alphabet (the letters the dictionary uses, numbered as first
    // seen): training is a few million array increments instead of as many dictionary updates, which
    // made the first article of a run pay over a second. Letters the dictionary never uses count 0.
    private readonly short[] _letterIndex;
    private readonly int _alphabet;
    private readonly int[] _unigrams;
    private readonly int[] _bigrams;

    // One row of counts per two-letter context that occurs; most of the alphabet squared never does.
    private readonly int[]?[] _trigrams;
    private long _letters;

    private LetterModel(short[] letterIndex, int alphabet)
    {
        _letterIndex = letterIndex;
        _alphabet = alphabet;
        _unigrams = new int[alphabet];
        _bigrams = new int[alphabet * alphabet];
        _trigrams = new int[]?[alphabet * alphabet];
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
        // Dictionary words in lower case: names and the big list's foreign entries would blur the languages.
        static bool Counted(WordTable table, int e) =>
            (table.Flags(e) & (WordFlags.Dictionary | WordFlags.Lower)) == (WordFlags.Dictionary | WordFlags.Lower);

        var letterIndex = new short[char.MaxValue + 1];
        letterIndex.AsSpan().Fill(-1);
        short alphabet = 0;
        letterIndex[Boundary] = alphabet++;
        for (var e = 0; e < table.Count; e++)
        {
            if (Counted(table, e))
            {
                foreach (var c in table.KeySpan(e))
                {
                    if (letterIndex[c] < 0)
                    {
                        letterIndex[c] = alphabet++;
                    }
                }
            }
        }

        var model = new LetterModel(letterIndex, alphabet);
        for (var e = 0; e < table.Count; e++)
        {
            if (Counted(table, e))
            {
                model.Add(table.KeySpan(e));
            }
        }

        return model;
    }

    private void Add(ReadOnlySpan<char> word)
    {
        int a = _letterIndex[Boundary], b = a;
        for (var i = 0; i <= word.Length; i++)
        {
            int c = _letterIndex[i < word.Length ? word[i] : Boundary];
            var context = (a * _alphabet) + b;
            (_trigrams[context] ??= new int[_alphabet])[c]++;
            _bigrams[(b * _alphabet) + c]++;
            _unigrams[c]++;
            _letters++;
            a = b;
            b = c;
        }
    }

    private double LogProbability(ReadOnlySpan<char> word)
    {
        const double K = 2;
        var sum = 0.0;
        int a = _letterIndex[Boundary], b = a;

        // The alphabet the estimates smooth over: the letters seen, the boundary among them, plus one.
        var alphabet = _alphabet + 1;
        for (var i = 0; i <= word.Length; i++)
        {
            // A letter the dictionary never uses has no counts: every estimate falls back to smoothing.
            int c = _letterIndex[i < word.Length ? word[i] : Boundary];

            // Interpolated: the trigram estimate leans on the bigram one, which leans on the letter's frequency.
            var unigram = (Unigram(c) + 1.0) / (_letters + alphabet);
            var bigramContext = Unigram(b);
            var bigram = (Bigram(b, c) + (K * unigram)) / (bigramContext + K);
            var trigramContext = Bigram(a, b);
            var trigram = (Trigram(a, b, c) + (K * bigram)) / (trigramContext + K);
            sum += Math.Log(trigram);
            a = b;
            b = c;
        }

        return sum;
    }

    private int Unigram(int c) => c < 0 ? 0 : _unigrams[c];

    private int Bigram(int b, int c) => b < 0 || c < 0 ? 0 : _bigrams[(b * _alphabet) + c];

    private int Trigram(int a, int b, int c) => a < 0 || b < 0 || c < 0 ? 0 : _trigrams[(a * _alphabet) + b] is { } row ? row[c] : 0;
}
