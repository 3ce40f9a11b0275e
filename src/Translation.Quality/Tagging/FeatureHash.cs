using System.Runtime.CompilerServices;

namespace Translation.Quality.Tagging;

/// <summary>
/// Hashing for the tagger's features: FNV-1a over characters (so spans hash without a string)
/// and a SplitMix64 finaliser to combine a feature template's seed with its values.
/// </summary>
internal static class FeatureHash
{
    public const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong Of(ReadOnlySpan<char> s)
    {
        var h = Offset;
        foreach (var c in s)
        {
            h = Add(h, c);
        }

        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(int template, ulong value) => Finalise(value + ((ulong)(uint)template + 1) * Golden);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(int template, ulong a, ulong b) => Finalise(Mix(template, a) ^ (b * Prime));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finalise(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    /// <summary>FNV-1a 64 over bytes: the model file's checksum.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> data)
    {
        var h = Offset;
        foreach (var b in data)
        {
            h = (h ^ b) * Prime;
        }

        return h;
    }
}
