using System.IO.Compression;
using System.Text;
using Translation.Quality.Alignment;
using Translation.Quality.Language;

namespace Translation.Quality.Lexicon;

/// <summary>
/// Derives the compact source→English word tables (<c>fr-en.bidict.br</c> …) from the FreeDict dictionaries
/// Debian ships (<c>dict-freedict-fra-eng</c>, <c>-spa-eng</c>, <c>-deu-eng</c>: <c>/usr/share/dictd</c>). Each line is
/// a folded one-word headword and the first letters of the English content words its senses give: all the
/// bilingual checks need to tell that a phrase has a counterpart on the other side.
/// </summary>
public static class BilingualDictionaryBuilder
{
    /// <summary>Letters two words must share at their start to count as one: "police"/"polizei", "disappear"/"disappeared".</summary>
    internal const int KeyLength = 4;

    /// <summary>A folded word's comparison key: its first <see cref="KeyLength"/> letters.</summary>
    internal static string Key(string folded) => folded.Length <= KeyLength ? folded : folded[..KeyLength];

    internal static readonly (string Language, string FreeDict)[] Pairs = [("fr", "fra"), ("es", "spa"), ("de", "deu")];

    /// <summary>Writes one table per pair whose FreeDict files are in <paramref name="dictdFolder"/>; returns (file, headwords, bytes).</summary>
    public static IReadOnlyList<(string File, int Words, long Bytes)> Build(string dictdFolder, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        var result = new List<(string, int, long)>();
        foreach (var (language, code) in Pairs)
        {
            var index = Path.Combine(dictdFolder, $"freedict-{code}-eng.index");
            var dict = Path.Combine(dictdFolder, $"freedict-{code}-eng.dict.dz");
            if (!File.Exists(index) || !File.Exists(dict))
            {
                continue;
            }

            byte[] body;
            using (var gz = new GZipStream(File.OpenRead(dict), CompressionMode.Decompress))
            using (var buffer = new MemoryStream())
            {
                gz.CopyTo(buffer);
                body = buffer.ToArray();
            }

            var table = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(index))
            {
                var fields = line.Split('\t');
                if (fields.Length < 3 || fields[0].StartsWith("00", StringComparison.Ordinal) || fields[0].Contains(' '))
                {
                    continue;
                }

                var head = TextFold.Fold(fields[0]);
                var entry = Encoding.UTF8.GetString(body, (int)Base64(fields[1]), (int)Base64(fields[2]));
                var senses = Senses(entry);
                if (senses.Count == 0)
                {
                    continue;
                }

                if (!table.TryGetValue(head, out var set))
                {
                    table[head] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(senses);
            }

            var file = Path.Combine(outputFolder, $"{language}-en.bidict.br");
            using (var stream = File.Create(file))
            using (var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize))
            using (var writer = new StreamWriter(brotli, new UTF8Encoding(false)))
            {
                writer.Write($"# tqa-bidict 1 {language}-en (FreeDict {code}-eng, GPL)\n");
                foreach (var (word, set) in table)
                {
                    writer.Write(word);
                    writer.Write('\t');
                    writer.Write(string.Join(' ', set));
                    writer.Write('\n');
                }
            }

            result.Add((file, table.Count, new FileInfo(file).Length));
        }

        return result;
    }

    /// <summary>The English content words' first letters in one entry: its first line is the headword, notes and cross-references are skipped.</summary>
    private static HashSet<string> Senses(string entry)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in entry.Split('\n').Skip(1))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("see:", StringComparison.Ordinal) || line.StartsWith("Synonyms:", StringComparison.Ordinal)
                || line.StartsWith("Note:", StringComparison.Ordinal) || line.StartsWith("Antonyms:", StringComparison.Ordinal) || line.StartsWith("Example", StringComparison.Ordinal))
            {
                continue;
            }

            FunctionWords.TryGet("en", out var function);
            foreach (var word in StripBracketed(line).Split([' ', ',', ';', '/', '.', '!', '?', '"', '\'', '-'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length >= 3 && char.IsLetter(word[0]) && !function.Contains(word.ToLowerInvariant()))
                {
                    result.Add(Key(TextFold.Fold(word)));
                }
            }
        }

        return result;
    }

    private static string StripBracketed(string line)
    {
        var sb = new StringBuilder(line.Length);
        var depth = 0;
        foreach (var c in line)
        {
            if (c is '[' or '<' or '(' or '{')
            {
                depth++;
            }
            else if (c is ']' or '>' or ')' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>dictd's index numbers: base64 digits, most significant first.</summary>
    private static long Base64(string digits)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        long n = 0;
        foreach (var c in digits)
        {
            n = n * 64 + alphabet.IndexOf(c, StringComparison.Ordinal);
        }

        return n;
    }
}
