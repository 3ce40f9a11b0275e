using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Translation.Quality.History;

/// <summary>
/// Shard K of N: picks articles by a hash of their id that is the same on every machine and .NET
/// version (string.GetHashCode is randomised per process), so any scheduler can fan a night out.
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    public static bool TryParse(string text, out ShardSpec? shard, out string? error)
    {
        shard = null;
        error = null;
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            error = $"--shard must look like K/N (e.g. 1/4), not '{text}'";
            return false;
        }

        if (n < 1 || n > 10_000 || k < 1 || k > n)
        {
            error = $"--shard {text}: K must be between 1 and N, and N between 1 and 10000";
            return false;
        }

        shard = new ShardSpec(k, n);
        return true;
    }

    /// <summary>The shard (1-based) an article id belongs to among <paramref name="count"/>.</summary>
    public static int Of(string id, int count)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count) + 1;
    }

    public bool Contains(string id) => Of(id, Count) == Index;

    /// <summary>"K/N", as history and reports record it.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    /// <summary>"shard-K-of-N", the shard's report folder under the night's.</summary>
    public string FolderName => string.Create(CultureInfo.InvariantCulture, $"shard-{Index}-of-{Count}");
}
