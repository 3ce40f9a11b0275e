using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Translation.Quality.Lexicon;

/// <summary>
/// The shipped lexicon format: Brotli-compressed UTF-8 text, a header line
/// "# tqa-lexicon 1 LANG", then one word a line sorted by ordinal order:
/// "word TAB flags [TAB band]" (flags as a decimal <see cref="WordFlags"/>, band 1–7 when counted).
/// </summary>
public static class LexiconFile
{
    private const string Magic = "# tqa-lexicon 1 ";

    public static void Write(Stream stream, string language, IEnumerable<LexiconEntry> entries)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(brotli, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(Magic + language);
        foreach (var e in entries.OrderBy(e => e.Word, StringComparer.Ordinal))
        {
            writer.Write(e.Word);
            writer.Write('\t');
            writer.Write(((int)e.Flags).ToString(CultureInfo.InvariantCulture));
            if (e.Band > 0)
            {
                writer.Write('\t');
                writer.Write(e.Band.ToString(CultureInfo.InvariantCulture));
            }

            writer.WriteLine();
        }
    }

    /// <summary>
    /// Reads a lexicon; <paramref name="name"/> names it in errors. Parses the decompressed UTF-8 bytes in
    /// place into the table's arrays, without a string per word or a decoded copy of the whole text (that
    /// copy was the largest of a load's short-lived arrays): a million words load in well under a second.
    /// </summary>
    public static (string Language, WordTable Table) Read(Stream stream, string name)
    {
        byte[] bytes;
        int length;
        using (var brotli = new BrotliStream(stream, CompressionMode.Decompress))
        using (var buffer = new MemoryStream())
        {
            brotli.CopyTo(buffer);
            bytes = buffer.GetBuffer();
            length = (int)buffer.Length;
        }

        var all = bytes.AsSpan(0, length);
        var firstEnd = all.IndexOf((byte)'\n');
        var header = firstEnd < 0 ? all : all[..firstEnd];
        var magic = Encoding.UTF8.GetBytes(Magic);
        if (!header.StartsWith(magic))
        {
            throw new InvalidDataException($"{name}: not a tqa lexicon (expected a first line '{Magic}LANG')");
        }

        var language = Encoding.UTF8.GetString(header[magic.Length..]).Trim();
        var lines = firstEnd < 0 ? [] : all[(firstEnd + 1)..];

        // First pass: how many entries and key characters, so each array is allocated once at its size.
        var count = 0;
        var keyChars = 0;
        foreach (var range in lines.Split((byte)'\n'))
        {
            var line = lines[range];
            if (!line.IsEmpty)
            {
                count++;
                var tab = line.IndexOf((byte)'\t');
                keyChars += Encoding.UTF8.GetCharCount(tab < 0 ? line : line[..tab]);
            }
        }

        var chars = new char[keyChars];
        var starts = new int[count + 1];
        var flags = new WordFlags[count];
        var bands = new byte[count];
        int n = 0, at = 0, lineNumber = 1;
        foreach (var range in lines.Split((byte)'\n'))
        {
            var line = lines[range];
            lineNumber++;
            if (line.IsEmpty)
            {
                continue;
            }

            var tab = line.IndexOf((byte)'\t');
            if (tab <= 0)
            {
                throw new InvalidDataException($"{name}:{lineNumber}: expected 'word<TAB>flags'");
            }

            var rest = line[(tab + 1)..];
            var tab2 = rest.IndexOf((byte)'\t');
            byte band = 0;
            if (!byte.TryParse(tab2 < 0 ? rest : rest[..tab2], NumberStyles.None, CultureInfo.InvariantCulture, out var flag)
                || (tab2 >= 0 && !byte.TryParse(rest[(tab2 + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out band)))
            {
                throw new InvalidDataException($"{name}:{lineNumber}: expected numeric flags and band after the word");
            }

            starts[n] = at;
            at += Encoding.UTF8.GetChars(line[..tab], chars.AsSpan(at));
            flags[n] = (WordFlags)flag;
            bands[n] = band;
            n++;
        }

        starts[n] = at;
        return (language, new WordTable(chars, starts, flags, bands));
    }
}
