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

        if (text.Contains('\0', StringComparison.Ordinal) && LooksBinary(text))
        {
            error = "looks like a binary file (many NUL characters), not text";
            return false;
        }

        return true;
    }

    private static bool LooksBinary(string text)
    {
        var nul = 0;
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                nul++;
            }
        }

        return nul * 20 > sample.Length;
    }
}
