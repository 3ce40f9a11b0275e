using System.Text;

namespace Translation.Quality.Ingest;

/// <summary>Decodes article files: UTF-8 with or without BOM, UTF-16 with BOM; anything else is refused with a reason.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? error)
    {
        error = null;
        text = string.Empty;
        try
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                text = StrictUtf8.GetString(bytes[3..]);
            }
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            {
                text = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
            }
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                text = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
            }
            else if (LooksBinary(bytes))
            {
                // Checked before decoding: most binary files are also invalid UTF-8, and "bad byte at offset 3" would hide what they are.
                error = "looks like a binary file (many NUL bytes), not text; a UTF-16 file needs a byte-order mark";
                return false;
            }
            else
            {
                text = StrictUtf8.GetString(bytes);
            }
        }
        catch (DecoderFallbackException ex)
        {
            error = $"not valid UTF-8 (or UTF-16 with a byte-order mark): bad byte at offset {ex.Index}";
            return false;
        }

        if (text.Contains('\0', StringComparison.Ordinal) && LooksBinary(text.AsSpan()))
        {
            error = "looks like a binary file (many NUL characters), not text";
            return false;
        }

        return true;
    }

    /// <summary>More than one NUL in twenty among the first 8 K units: a stray NUL in copy is not binary, a run of them is.</summary>
    internal static bool LooksBinary<T>(ReadOnlySpan<T> content)
        where T : unmanaged, IEquatable<T>
    {
        var sample = content[..Math.Min(content.Length, 8192)];
        return sample.Count(default(T)) * 20 > sample.Length;
    }
}
