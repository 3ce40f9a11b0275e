using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Translation.Quality.Tagging;

namespace Translation.Quality.Lexicon;

/// <summary>
/// A lexicon's table as the arrays it is made of, in a file of the user's cache, so a later run reads
/// them back in one go instead of decompressing, parsing and hashing a million words again (that was
/// most of a short run's start-up). A file is used only when it was made from the same shipped
/// lexicon (the hash of its compressed bytes), has exactly the expected length and holds a
/// well-formed table; anything else is ignored and written anew. Failing to read or write the cache
/// never fails a run: the lexicon is then loaded from the shipped file as before.
/// </summary>
internal static class LexiconCache
{
    private const int HeaderSize = 32;
    private const string Extension = ".lexcache";
    private static readonly byte[] Magic = "TQALEXC1"u8.ToArray();

    /// <summary>The hash a cache file must carry to stand for <paramref name="shipped"/> (the compressed lexicon's bytes).</summary>
    public static ulong SourceHash(ReadOnlySpan<byte> shipped) => FeatureHash.Checksum(shipped);

    public static string PathFor(string directory, string language, ulong sourceHash) =>
        Path.Combine(directory, $"{language}-{sourceHash:x16}{Extension}");

    /// <summary>The table in <paramref name="path"/>, or null when there is none, or it is stale or damaged.</summary>
    public static WordTable? TryRead(string path, ulong sourceHash)
    {
        if (!BitConverter.IsLittleEndian || !File.Exists(path))
        {
            return null;
        }

        try
        {
            using var handle = File.OpenHandle(path);
            var length = RandomAccess.GetLength(handle);
            Span<byte> header = stackalloc byte[HeaderSize];
            if (length < HeaderSize || RandomAccess.Read(handle, header, 0) != HeaderSize || !header[..8].SequenceEqual(Magic)
                || BinaryPrimitives.ReadUInt64LittleEndian(header[8..]) != sourceHash)
            {
                return null;
            }

            var count = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
            var chars = BinaryPrimitives.ReadInt32LittleEndian(header[20..]);
            var slots = BinaryPrimitives.ReadInt32LittleEndian(header[24..]);
            if (count < 0 || chars < 0 || slots != WordTable.SlotCount(count)
                || length != HeaderSize + (2L * chars) + (4L * (count + 1)) + (2L * count) + (4L * slots))
            {
                return null;
            }

            var table = (
                Chars: GC.AllocateUninitializedArray<char>(chars),
                Starts: GC.AllocateUninitializedArray<int>(count + 1),
                Flags: GC.AllocateUninitializedArray<WordFlags>(count),
                Bands: GC.AllocateUninitializedArray<byte>(count),
                Slots: GC.AllocateUninitializedArray<int>(slots));
            long at = HeaderSize;
            if (!ReadAll(handle, MemoryMarshal.AsBytes(table.Chars.AsSpan()), ref at) || !ReadAll(handle, MemoryMarshal.AsBytes(table.Starts.AsSpan()), ref at)
                || !ReadAll(handle, MemoryMarshal.AsBytes(table.Flags.AsSpan()), ref at) || !ReadAll(handle, table.Bands, ref at)
                || !ReadAll(handle, MemoryMarshal.AsBytes(table.Slots.AsSpan()), ref at)
                || !WellFormed(table.Starts, chars, table.Slots, count))
            {
                return null;
            }

            return new WordTable(table.Chars, table.Starts, table.Flags, table.Bands, table.Slots);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes <paramref name="table"/> to <paramref name="path"/> (whole or not at all) and removes the language's older cache files; false when it could not.</summary>
    public static bool TryWrite(string path, ulong sourceHash, WordTable table)
    {
        if (!BitConverter.IsLittleEndian)
        {
            return false;
        }

        // Unique per writer: pods of a night share the volume, and every container is process 1.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            var directory = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(directory);
            var parts = table.Parts;
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                Span<byte> header = stackalloc byte[HeaderSize];
                header.Clear();
                Magic.CopyTo(header);
                BinaryPrimitives.WriteUInt64LittleEndian(header[8..], sourceHash);
                BinaryPrimitives.WriteInt32LittleEndian(header[16..], table.Count);
                BinaryPrimitives.WriteInt32LittleEndian(header[20..], parts.Chars.Length);
                BinaryPrimitives.WriteInt32LittleEndian(header[24..], parts.Slots.Length);
                file.Write(header);
                file.Write(MemoryMarshal.AsBytes(parts.Chars.AsSpan()));
                file.Write(MemoryMarshal.AsBytes(parts.Starts.AsSpan()));
                file.Write(MemoryMarshal.AsBytes(parts.Flags.AsSpan()));
                file.Write(parts.Bands);
                file.Write(MemoryMarshal.AsBytes(parts.Slots.AsSpan()));
            }

            // Another process may be writing the same file: the last rename wins, and both are whole.
            File.Move(temporary, path, overwrite: true);
            var language = Path.GetFileName(path).Split('-')[0];
            foreach (var stale in Directory.EnumerateFiles(directory, language + "-*" + Extension))
            {
                if (!string.Equals(stale, path, StringComparison.Ordinal))
                {
                    File.Delete(stale);
                }
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Left behind; the next write replaces it.
            }

            return false;
        }
    }

    private static bool ReadAll(Microsoft.Win32.SafeHandles.SafeFileHandle handle, Span<byte> into, ref long at)
    {
        while (!into.IsEmpty)
        {
            var read = RandomAccess.Read(handle, into, at);
            if (read <= 0)
            {
                return false;
            }

            at += read;
            into = into[read..];
        }

        return true;
    }

    /// <summary>Every key inside the characters, in order, and every slot empty or an entry: a damaged file cannot send a lookup astray.</summary>
    private static bool WellFormed(int[] starts, int chars, int[] slots, int count)
    {
        if (starts[0] != 0 || starts[count] != chars)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (starts[i + 1] < starts[i])
            {
                return false;
            }
        }

        // At most half full, so a probe always meets an empty slot.
        return slots.AsSpan().IndexOfAnyExceptInRange(-1, count - 1) < 0 && slots.AsSpan().Count(-1) >= slots.Length / 2;
    }
}
