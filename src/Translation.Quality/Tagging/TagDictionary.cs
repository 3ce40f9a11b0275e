using Translation.Quality.Text;

namespace Translation.Quality.Tagging;

/// <summary>
/// Frequent words that (almost) always take one tag: "the", ",", "of". Tagging them by lookup
/// skips feature scoring for about half of all tokens. Keyed by the 64-bit hash of the exact
/// form; a false match would need a 64-bit collision with one of a few hundred entries.
/// </summary>
internal sealed class TagDictionary
{
    private readonly ulong[] _keys;
    private readonly sbyte[] _tags;
    private readonly int _mask;

    public TagDictionary(IReadOnlyList<KeyValuePair<string, PosTag>> entries)
    {
        Entries = entries;
        var size = 16;
        while (size < entries.Count * 3)
        {
            size <<= 1;
        }

        _keys = new ulong[size];
        _tags = new sbyte[size];
        _mask = size - 1;
        foreach (var (form, tag) in entries)
        {
            var key = Key(FeatureSet.ExactHash(form));
            var slot = (int)(key & (uint)_mask);
            while (_keys[slot] != 0 && _keys[slot] != key)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _tags[slot] = (sbyte)tag;
        }
    }

    /// <summary>The entries, in the order they were given (the order saved in the model).</summary>
    public IReadOnlyList<KeyValuePair<string, PosTag>> Entries { get; }

    public int Count => Entries.Count;

    /// <returns>The tag, or -1 when the form is not in the dictionary.</returns>
    public sbyte Lookup(ulong exactHash)
    {
        var key = Key(exactHash);
        var slot = (int)(key & (uint)_mask);
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
            {
                return _tags[slot];
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    // 0 marks an empty slot.
    private static ulong Key(ulong hash) => hash == 0 ? 1 : hash;
}
