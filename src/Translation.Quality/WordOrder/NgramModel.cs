using System.Runtime.CompilerServices;

namespace Translation.Quality.WordOrder;

/// <summary>
/// A trigram model over one stream of symbols (word units or POS tags) that predicts both ways:
/// forward P(c | a b) and backward P(a | b c), each interpolated with absolute discounting down
/// to add-one unigrams. Built from raw counts, so one set of counts serves both directions.
/// </summary>
internal sealed class NgramModel
{
    private const double Discount = 0.75;

    private readonly int[] _unigram;
    private readonly int[] _uniContextRight;
    private readonly int[] _uniTypesRight;
    private readonly int[] _uniContextLeft;
    private readonly int[] _uniTypesLeft;
    private readonly CountTable _bigrams;
    private readonly CountTable _trigrams;
    private readonly double _total;

    /// <param name="symbols">Alphabet size (ids 0..symbols-1, at most 65,535).</param>
    /// <param name="unigrams">Count per symbol.</param>
    /// <param name="bigrams">Packed (a, b) keys and counts.</param>
    /// <param name="trigrams">Packed (a, b, c) keys and counts.</param>
    public NgramModel(int symbols, int[] unigrams, IReadOnlyList<(ulong Key, int Count)> bigrams, IReadOnlyList<(ulong Key, int Count)> trigrams)
    {
        Symbols = symbols;
        _unigram = unigrams;
        Unigrams = unigrams;
        Bigrams = bigrams;
        Trigrams = trigrams;
        _uniContextRight = new int[symbols];
        _uniTypesRight = new int[symbols];
        _uniContextLeft = new int[symbols];
        _uniTypesLeft = new int[symbols];
        _bigrams = new CountTable(bigrams.Count);
        _trigrams = new CountTable(trigrams.Count);
        foreach (var (key, count) in bigrams)
        {
            _bigrams.Count[_bigrams.Add(key)] = count;
            var (a, b) = Unpack2(key);
            _uniContextRight[a] += count;
            _uniTypesRight[a]++;
            _uniContextLeft[b] += count;
            _uniTypesLeft[b]++;
        }

        foreach (var (key, count) in trigrams)
        {
            _trigrams.Count[_trigrams.Add(key)] = count;
            var (a, b, c) = Unpack3(key);
            var left = _bigrams.Add(Pack(a, b));
            _bigrams.ContextRight[left] += count;
            _bigrams.TypesRight[left]++;
            var right = _bigrams.Add(Pack(b, c));
            _bigrams.ContextLeft[right] += count;
            _bigrams.TypesLeft[right]++;
        }

        foreach (var c in unigrams)
        {
            _total += c;
        }

        _bigramTypes = bigrams.Count;
    }

    private readonly double _bigramTypes;

    /// <summary>Kneser-Ney continuation probability: in how many contexts a symbol appears, not how often.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double ContinuationRight(int c) => (_uniTypesLeft[c] + 0.5) / (_bigramTypes + (0.5 * Symbols));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double ContinuationLeft(int a) => (_uniTypesRight[a] + 0.5) / (_bigramTypes + (0.5 * Symbols));

    public int Symbols { get; }

    public int[] Unigrams { get; }

    public IReadOnlyList<(ulong Key, int Count)> Bigrams { get; }

    public IReadOnlyList<(ulong Key, int Count)> Trigrams { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pack(int a, int b) => (((ulong)(uint)a << 16) | (uint)b) + 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pack(int a, int b, int c) => (((ulong)(uint)a << 32) | ((ulong)(uint)b << 16) | (uint)c) + 1;

    public static (int A, int B) Unpack2(ulong key) => ((int)((key - 1) >> 16), (int)((key - 1) & 0xFFFF));

    public static (int A, int B, int C) Unpack3(ulong key) => ((int)((key - 1) >> 32), (int)(((key - 1) >> 16) & 0xFFFF), (int)((key - 1) & 0xFFFF));

    /// <summary>ln P(symbol) with add-one smoothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double LogUnigram(int s) => Math.Log((_unigram[s] + 1) / (_total + Symbols));

    /// <summary>ln P(c | a b).</summary>
    public double LogForward(int a, int b, int c)
    {
        var p = ContinuationRight(c);
        var ctx = _uniContextRight[b];
        if (ctx > 0)
        {
            var bc = _bigrams.Find(Pack(b, c));
            var n = bc < 0 ? 0 : _bigrams.Count[bc];
            p = (Math.Max(n - Discount, 0) + Discount * _uniTypesRight[b] * p) / ctx;
        }

        var ab = _bigrams.Find(Pack(a, b));
        if (ab >= 0 && _bigrams.ContextRight[ab] > 0)
        {
            var abc = _trigrams.Find(Pack(a, b, c));
            var n = abc < 0 ? 0 : _trigrams.Count[abc];
            p = (Math.Max(n - Discount, 0) + Discount * _bigrams.TypesRight[ab] * p) / _bigrams.ContextRight[ab];
        }

        return Math.Log(p);
    }

    /// <summary>ln P(a | b c).</summary>
    public double LogBackward(int a, int b, int c)
    {
        var p = ContinuationLeft(a);
        var ctx = _uniContextLeft[b];
        if (ctx > 0)
        {
            var ab = _bigrams.Find(Pack(a, b));
            var n = ab < 0 ? 0 : _bigrams.Count[ab];
            p = (Math.Max(n - Discount, 0) + Discount * _uniTypesLeft[b] * p) / ctx;
        }

        var bc = _bigrams.Find(Pack(b, c));
        if (bc >= 0 && _bigrams.ContextLeft[bc] > 0)
        {
            var abc = _trigrams.Find(Pack(a, b, c));
            var n = abc < 0 ? 0 : _trigrams.Count[abc];
            p = (Math.Max(n - Discount, 0) + Discount * _bigrams.TypesLeft[bc] * p) / _bigrams.ContextLeft[bc];
        }

        return Math.Log(p);
    }
}
