using System.Globalization;

namespace Translation.Quality.Lexicon;

/// <summary>
/// Derives the lists of English words that are adjectives, or verbs, out of context from WordNet 3.0
/// (Debian <c>wordnet-base</c>, <c>/usr/share/wordnet</c>): lemmas of the class's index that SemCor
/// (<c>cntlist.rev</c>) tags in that class in at least <see cref="MinimumShare"/> of their noun,
/// verb and adjective uses, or, when SemCor never tagged them, that WordNet lists in no other of
/// those classes. "federal" is an adjective and "improve" and "take" verbs; "official" (a noun more
/// often), "open" (a verb too) and "plan" (a noun as often as a verb) are neither. Token patterns
/// use them where the tagger, reading the source's order, calls a stranded adjective or a clause-final
/// verb a noun ("the cooperatives agricultural of", "the backlog take would").
/// </summary>
public static class WordNetWordClassBuilder
{
    /// <summary>Share of counted uses that must be in the class.</summary>
    public const double MinimumShare = 0.8;

    /// <summary>The classes a list is built for.</summary>
    public static IReadOnlyList<string> Classes { get; } = ["adjectives", "verbs"];

    private static readonly string[] Parts = ["noun", "verb", "adj"];

    /// <summary>The shipped file name of a class's list.</summary>
    public static string FileName(string wordClass) => wordClass + "-en.txt";

    /// <summary>Reads WordNet's index files and sense counts from <paramref name="wordnetDir"/>; returns the words of <paramref name="wordClass"/>, sorted.</summary>
    public static IReadOnlyList<string> Build(string wordnetDir, string wordClass)
    {
        var part = wordClass switch
        {
            "adjectives" => 2,
            "verbs" => 1,
            _ => throw new ArgumentException($"unknown word class '{wordClass}'; expected one of: {string.Join(", ", Classes)}", nameof(wordClass)),
        };
        var listed = ReadIndexes(wordnetDir);
        var counts = ReadSenseCounts(Path.Combine(wordnetDir, "cntlist.rev"));
        var words = new List<string>();
        foreach (var (lemma, parts) in listed)
        {
            if ((parts & (1 << part)) == 0 || !IsPlainWord(lemma))
            {
                continue;
            }

            var inClass = counts.TryGetValue(lemma, out var c) && c.Sum() > 0
                ? c[part] >= MinimumShare * c.Sum()
                : parts == 1 << part;
            if (inClass)
            {
                words.Add(lemma);
            }
        }

        words.Sort(StringComparer.Ordinal);
        return words;
    }

    /// <summary>Writes the words with the WordNet notice and licence the licence asks for on every copy.</summary>
    public static void Write(string wordClass, IReadOnlyList<string> words, TextWriter writer)
    {
        var singular = wordClass.TrimEnd('s');
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# English words that are {wordClass} out of context: WordNet {wordClass} SemCor tags as {wordClass} in at least {MinimumShare:P0} of their uses, or listed in no other class than {singular}."));
        writer.WriteLine("# Derived from WordNet 3.0 (Princeton University; Debian package wordnet-base) by tqa.");
        writer.WriteLine("# Regenerate: tqa lexicon word-classes --wordnet /usr/share/wordnet --out src/Translation.Quality/Lexicon/Data");
        writer.WriteLine("#");
        WordNetLicence.WriteAsComments(writer);
        writer.WriteLine("#");
        foreach (var word in words)
        {
            writer.Write(word);
            writer.Write('\n');
        }
    }

    /// <summary>Each lemma with a bit per index that lists it (1 noun, 2 verb, 4 adjective).</summary>
    private static Dictionary<string, int> ReadIndexes(string wordnetDir)
    {
        var listed = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var part = 0; part < Parts.Length; part++)
        {
            var index = Path.Combine(wordnetDir, "index." + Parts[part]);
            if (!File.Exists(index))
            {
                throw new FileNotFoundException($"WordNet index not found in '{wordnetDir}' (expected index.noun, index.verb and index.adj).");
            }

            foreach (var line in File.ReadLines(index))
            {
                if (line.Length == 0 || line[0] == ' ')
                {
                    continue;
                }

                var lemma = line[..line.IndexOf(' ', StringComparison.Ordinal)];
                listed[lemma] = listed.GetValueOrDefault(lemma) | (1 << part);
            }
        }

        return listed;
    }

    // One lower-case word, hyphens inside allowed: "far-reaching", not "ad_hoc" or "3-d".
    private static bool IsPlainWord(string lemma) =>
        lemma.Length > 1 && char.IsAsciiLetterLower(lemma[0]) && char.IsAsciiLetterLower(lemma[^1])
        && lemma.All(c => char.IsAsciiLetterLower(c) || c == '-');

    /// <summary>SemCor tag counts per lemma: noun, verb and adjective uses (satellites counted as adjectives), by part.</summary>
    private static Dictionary<string, int[]> ReadSenseCounts(string path)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var sense in SemCorCounts.Read(path))
        {
            var part = sense.Part switch { '1' => 0, '2' => 1, '3' or '5' => 2, _ => -1 };
            if (part < 0)
            {
                continue;
            }

            if (!counts.TryGetValue(sense.Lemma, out var c))
            {
                c = new int[Parts.Length];
                counts[sense.Lemma] = c;
            }

            c[part] += sense.Tags;
        }

        return counts;
    }
}
