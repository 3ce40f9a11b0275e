using System.Text;

namespace Translation.Quality.Tests.Hostile;

/// <summary>Article texts and bytes the hostile tests feed in.</summary>
public static class HostileCopy
{
    /// <summary>French-sourced copy with a calque, locale formats and a repeated word: it always has findings.</summary>
    public const string Garbled = "The Cuban number one arrived on 21/06/2024 at 14h30 , officials said.\n\nThe the talks lasted 2,5 hours.";

    public const string Clean = "The council approved the budget on Tuesday. It will take effect in July.";

    /// <summary>One JSONL line for an article.</summary>
    public static string JsonlLine(string id, string text, string source = "fr") =>
        System.Text.Json.JsonSerializer.Serialize(new { id, sourceLanguage = source, targetLanguage = "en", text });

    /// <summary>Bytes that look like an image: a PNG signature, then noise with plenty of NULs.</summary>
    public static byte[] Binary(int length = 4096)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 3)
        {
            bytes[i] = 0;
        }

        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        png.CopyTo(bytes, 0);
        return bytes;
    }

    public static byte[] Utf16(string text, bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
    }
}
