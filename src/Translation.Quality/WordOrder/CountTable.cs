using System.Runtime.CompilerServices;

namespace Translation.Quality.WordOrder;

/// <summary>
/// An open-addressing table from a packed n-gram key to its slot, with parallel count arrays: the
/// n-gram model's only lookup structure, so scoring a token is a few array probes.
/// </summary>
internal sealed class CountTable
{
    private readonly ulong[] _keys;
    private readonly int _mask;

    public CountTable(int capacity)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _keys = new ulong[size];
        _mask = size - 1;
        Count = new int[size];
        ContextRight = new int[size];
        TypesRight = new int[size];
        ContextLeft = new int[size];
        TypesLeft = new int[size];
    }

    /// <summary>How often the n-gram occurred.</summary>
    public int[] Count { get; }

    /// <summary>As the left context of a longer n-gram: tokens and distinct words that followed it.</summary>
    public int[] ContextRight { get; }

    public int[] TypesRight { get; }

    /// <summary>As the right context of a longer n-gram: tokens and distinct words that preceded it.</summary>
    public int[] ContextLeft { get; }

    public int[] TypesLeft { get; }

    /// <returns>The slot of <paramref name="key"/> (0 is never a key), or -1.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var slot = (int)(Mix(key) & (uint)_mask);
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
            {
                return slot;
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The slot of <paramref name="key"/>, claimed if new.</summary>
    public int Add(ulong key)
    {
        var slot = (int)(Mix(key) & (uint)_mask);
        while (_keys[slot] != 0 && _keys[slot] != key)
        {
            slot = (slot + 1) & _mask;
        }

        _keys[slot] = key;
        return slot;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x)
    {
        x ^= x >> 31;
        x *= 0x9E3779B97F4A7C15UL;
        return x ^ (x >> 29);
    }
}
