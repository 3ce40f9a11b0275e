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

    /// <summary>Reads a lexicon; <paramref name="name"/> names it in errors.</summary>
    public static (string Language, WordTable Table) Read(Stream stream, string name)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith(Magic, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{name}: not a tqa lexicon (expected a first line '{Magic}LANG')");
        }

        var entries = new List<LexiconEntry>(1 << 16);
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidDataException($"{name}:{lineNumber}: expected 'word<TAB>flags'");
            }

            var rest = line.AsSpan(tab + 1);
            var tab2 = rest.IndexOf('\t');
            var flagsText = tab2 < 0 ? rest : rest[..tab2];
            if (!byte.TryParse(flagsText, NumberStyles.None, CultureInfo.InvariantCulture, out var flags)
                || (tab2 >= 0 && !byte.TryParse(rest[(tab2 + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                throw new InvalidDataException($"{name}:{lineNumber}: expected numeric flags and band after the word");
            }

            var band = tab2 < 0 ? (byte)0 : byte.Parse(rest[(tab2 + 1)..], NumberStyles.None, CultureInfo.InvariantCulture);
            entries.Add(new LexiconEntry(line[..tab], (WordFlags)flags, band));
        }

        return (header[Magic.Length..].Trim(), WordTable.Create(entries));
    }
}
