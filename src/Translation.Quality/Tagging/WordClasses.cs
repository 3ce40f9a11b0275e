namespace Translation.Quality.Tagging;

/// <summary>
/// Ambiguity classes: for each form seen often enough in training (lower-cased, digits folded),
/// the set of tags it took, as a bit mask. "that" → {DET, PRON, SCONJ}; unseen forms → 0.
/// The classes of the next words stand in for the right-hand tags a greedy tagger cannot see yet.
/// </summary>
internal sealed class WordClasses
{
    private readonly ulong[] _keys;
    private readonly uint[] _masks;
    private readonly int _mask;

    public WordClasses(IReadOnlyList<KeyValuePair<string, uint>> entries)
    {
        Entries = entries;
        var size = 16;
        while (size < entries.Count * 2)
        {
            size <<= 1;
        }

        _keys = new ulong[size];
        _masks = new uint[size];
        _mask = size - 1;
        foreach (var (form, classes) in entries)
        {
            var key = Key(FeatureSet.WordHash(form));
            var slot = (int)(key & (uint)_mask);
            while (_keys[slot] != 0 && _keys[slot] != key)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _masks[slot] = classes;
        }
    }

    /// <summary>The entries in saved order: normalised form and tag mask (bit t = tag t).</summary>
    public IReadOnlyList<KeyValuePair<string, uint>> Entries { get; }

    public int Count => Entries.Count;

    /// <returns>The tag mask, or 0 for a form not in the table.</returns>
    public uint Lookup(ulong wordHash)
    {
        var key = Key(wordHash);
        var slot = (int)(key & (uint)_mask);
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
            {
                return _masks[slot];
            }

            if (k == 0)
            {
                return 0;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private static ulong Key(ulong hash) => hash == 0 ? 1 : hash;
}
