using System.Globalization;

namespace Translation.Quality.Lexicon;

/// <summary>
/// Derives the list of English words that are adjectives out of context from WordNet 3.0 (Debian
/// <c>wordnet-base</c>, <c>/usr/share/wordnet</c>): lemmas of <c>index.adj</c> that SemCor
/// (<c>cntlist.rev</c>) tags as adjectives in at least <see cref="MinimumAdjectiveShare"/> of their
/// noun, verb and adjective uses, or, when SemCor never tagged them, that WordNet lists as no noun
/// and no verb. "federal" and "agricultural" are in; "official" (a noun more often) and "open"
/// (a verb too) are out. Rules use it where the tagger, reading the source's order, calls a
/// stranded adjective a noun ("the cooperatives agricultural of").
/// </summary>
public static class WordNetAdjectiveBuilder
{
    /// <summary>Share of counted uses that must be adjectival.</summary>
    public const double MinimumAdjectiveShare = 0.8;

    private static readonly string[] Parts = ["noun", "verb", "adj"];

    /// <summary>Reads WordNet's index files and sense counts from <paramref name="wordnetDir"/>; returns the words, sorted.</summary>
    public static IReadOnlyList<string> Build(string wordnetDir)
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

        var counts = ReadSenseCounts(Path.Combine(wordnetDir, "cntlist.rev"));
        var words = new List<string>();
        foreach (var (lemma, parts) in listed)
        {
            if ((parts & 4) == 0 || !IsPlainWord(lemma))
            {
                continue;
            }

            var adjective = counts.TryGetValue(lemma, out var c) && c.Total > 0
                ? c.Adjective >= MinimumAdjectiveShare * c.Total
                : parts == 4;
            if (adjective)
            {
                words.Add(lemma);
            }
        }

        words.Sort(StringComparer.Ordinal);
        return words;
    }

    /// <summary>Writes the words with the WordNet notice and licence the licence asks for on every copy.</summary>
    public static void Write(IReadOnlyList<string> words, TextWriter writer)
    {
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# English words that are adjectives out of context: WordNet adjectives SemCor tags as adjectives in at least {MinimumAdjectiveShare:P0} of their uses, or listed as no noun and no verb."));
        writer.WriteLine("# Derived from WordNet 3.0 (Princeton University; Debian package wordnet-base) by tqa.");
        writer.WriteLine("# Regenerate: tqa lexicon adjectives --wordnet /usr/share/wordnet --out src/Translation.Quality/Lexicon/Data/adjectives-en.txt");
        writer.WriteLine("#");
        WordNetLicence.WriteAsComments(writer);
        writer.WriteLine("#");
        foreach (var word in words)
        {
            writer.Write(word);
            writer.Write('\n');
        }
    }

    // One lower-case word, hyphens inside allowed: "far-reaching", not "ad_hoc" or "3-d".
    private static bool IsPlainWord(string lemma) =>
        lemma.Length > 1 && char.IsAsciiLetterLower(lemma[0]) && char.IsAsciiLetterLower(lemma[^1])
        && lemma.All(c => char.IsAsciiLetterLower(c) || c == '-');

    /// <summary>SemCor tag counts per lemma, adjectival uses (satellites included) and all noun, verb and adjective uses.</summary>
    private static Dictionary<string, (int Adjective, int Total)> ReadSenseCounts(string path)
    {
        var counts = new Dictionary<string, (int Adjective, int Total)>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return counts;
        }

        // "federal%3:01:00:: 1 48": lemma, part of speech (1 noun, 2 verb, 3 adjective, 4 adverb, 5 satellite), ..., tag count.
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split(' ');
            var key = parts[0];
            var percent = key.IndexOf('%', StringComparison.Ordinal);
            if (parts.Length < 3 || percent <= 0 || key.Length < percent + 2 || key[percent + 1] is not ('1' or '2' or '3' or '5'))
            {
                continue;
            }

            var lemma = key[..percent];
            var tags = int.Parse(parts[2], CultureInfo.InvariantCulture);
            var adjective = key[percent + 1] is '3' or '5';
            var c = counts.GetValueOrDefault(lemma);
            counts[lemma] = (c.Adjective + (adjective ? tags : 0), c.Total + tags);
        }

        return counts;
    }
}
