namespace Translation.Quality.Lexicon;

/// <summary>
/// A read-only set of lower-case words with flags and a frequency band, looked up by span without
/// allocating: all keys in one char array, an open-addressing hash table of entry numbers over it.
/// A million French forms take about 25 MB this way, against about three times that as strings.
/// </summary>
public sealed class WordTable
{
    private readonly char[] _chars;
    private readonly int[] _starts;
    private readonly WordFlags[] _flags;
    private readonly byte[] _bands;
    private readonly int[] _slots;
    private readonly int _mask;

    /// <param name="starts">Where each key starts in <paramref name="chars"/>, plus one final end.</param>
    internal WordTable(char[] chars, int[] starts, WordFlags[] flags, byte[] bands)
        : this(chars, starts, flags, bands, BuildSlots(chars, starts))
    {
    }

    /// <summary>A table whose hash slots were built before (<see cref="LexiconCache"/>); the caller has checked their shape.</summary>
    internal WordTable(char[] chars, int[] starts, WordFlags[] flags, byte[] bands, int[] slots)
    {
        _chars = chars;
        _starts = starts;
        _flags = flags;
        _bands = bands;
        _slots = slots;
        _mask = slots.Length - 1;
    }

    public int Count => _flags.Length;

    /// <summary>The arrays behind the table, for the cache to write as they are.</summary>
    internal (char[] Chars, int[] Starts, WordFlags[] Flags, byte[] Bands, int[] Slots) Parts => (_chars, _starts, _flags, _bands, _slots);

    /// <summary>The slot count for <paramref name="count"/> keys: a power of two, at most half full.</summary>
    internal static int SlotCount(int count)
    {
        var size = 1;
        while (size < count * 2)
        {
            size <<= 1;
        }

        return size;
    }

    private static int[] BuildSlots(char[] chars, int[] starts)
    {
        var count = starts.Length - 1;
        var slots = new int[SlotCount(count)];
        var mask = slots.Length - 1;
        Array.Fill(slots, -1);
        for (var i = 0; i < count; i++)
        {
            var slot = Hash(chars.AsSpan(starts[i], starts[i + 1] - starts[i])) & mask;
            while (slots[slot] >= 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = i;
        }

        return slots;
    }

    /// <summary>Builds a table from entries (keys lower case, each once).</summary>
    public static WordTable Create(IReadOnlyList<LexiconEntry> entries)
    {
        var length = 0;
        foreach (var e in entries)
        {
            length += e.Word.Length;
        }

        var chars = new char[length];
        var starts = new int[entries.Count + 1];
        var flags = new WordFlags[entries.Count];
        var bands = new byte[entries.Count];
        var at = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            starts[i] = at;
            entries[i].Word.CopyTo(0, chars, at, entries[i].Word.Length);
            at += entries[i].Word.Length;
            flags[i] = entries[i].Flags;
            bands[i] = entries[i].Band;
        }

        starts[entries.Count] = at;
        return new WordTable(chars, starts, flags, bands);
    }

    /// <summary>The entry number of a lower-case key, or -1.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        var slot = Hash(key) & _mask;
        while (true)
        {
            var i = _slots[slot];
            if (i < 0)
            {
                return -1;
            }

            if (KeySpan(i).SequenceEqual(key))
            {
                return i;
            }

            slot = (slot + 1) & _mask;
        }
    }

    public bool Contains(ReadOnlySpan<char> key) => Find(key) >= 0;

    /// <summary>The flags of a key (None when absent).</summary>
    public WordFlags FlagsOf(ReadOnlySpan<char> key) => Find(key) is var i and >= 0 ? _flags[i] : WordFlags.None;

    /// <summary>The frequency band of a key: 0 (not counted) to 7 (the commonest words).</summary>
    public byte BandOf(ReadOnlySpan<char> key) => Find(key) is var i and >= 0 ? _bands[i] : (byte)0;

    public WordFlags Flags(int entry) => _flags[entry];

    public byte Band(int entry) => _bands[entry];

    public ReadOnlySpan<char> KeySpan(int entry) => _chars.AsSpan(_starts[entry], _starts[entry + 1] - _starts[entry]);

    private static int Hash(ReadOnlySpan<char> key)
    {
        // FNV-1a: stable across processes (tests can rely on it) and cheap for short words.
        var h = 2166136261u;
        foreach (var c in key)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h ^ (h >> 15));
    }
}
