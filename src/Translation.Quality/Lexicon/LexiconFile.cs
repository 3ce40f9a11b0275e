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
    /// Reads a lexicon; <paramref name="name"/> names it in errors. Parses the decompressed text in one
    /// pass into the table's arrays, without a string per word: a million words load in well under a second.
    /// </summary>
    public static (string Language, WordTable Table) Read(Stream stream, string name)
    {
        char[] text;
        using (var brotli = new BrotliStream(stream, CompressionMode.Decompress))
        using (var buffer = new MemoryStream())
        {
            brotli.CopyTo(buffer);
            text = Encoding.UTF8.GetChars(buffer.GetBuffer(), 0, (int)buffer.Length);
        }

        var all = text.AsSpan();
        var firstEnd = all.IndexOf('\n');
        var header = firstEnd < 0 ? all : all[..firstEnd];
        if (!header.StartsWith(Magic, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{name}: not a tqa lexicon (expected a first line '{Magic}LANG')");
        }

        var language = header[Magic.Length..].Trim().ToString();
        var lines = all[(firstEnd + 1)..];
        var count = lines.Count('\n') + (lines.Length > 0 && lines[^1] != '\n' ? 1 : 0);
        var chars = new char[lines.Length];
        var starts = new int[count + 1];
        var flags = new WordFlags[count];
        var bands = new byte[count];
        int n = 0, at = 0, lineNumber = 1;
        foreach (var range in lines.Split('\n'))
        {
            var line = lines[range];
            lineNumber++;
            if (line.IsEmpty)
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                throw new InvalidDataException($"{name}:{lineNumber}: expected 'word<TAB>flags'");
            }

            var rest = line[(tab + 1)..];
            var tab2 = rest.IndexOf('\t');
            byte band = 0;
            if (!byte.TryParse(tab2 < 0 ? rest : rest[..tab2], NumberStyles.None, CultureInfo.InvariantCulture, out var flag)
                || (tab2 >= 0 && !byte.TryParse(rest[(tab2 + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out band)))
            {
                throw new InvalidDataException($"{name}:{lineNumber}: expected numeric flags and band after the word");
            }

            starts[n] = at;
            line[..tab].CopyTo(chars.AsSpan(at));
            at += tab;
            flags[n] = (WordFlags)flag;
            bands[n] = band;
            n++;
        }

        starts[n] = at;
        Array.Resize(ref chars, at);
        if (n < count)
        {
            Array.Resize(ref flags, n);
            Array.Resize(ref bands, n);
            Array.Resize(ref starts, n + 1);
        }

        return (language, new WordTable(chars, starts, flags, bands));
    }
}
