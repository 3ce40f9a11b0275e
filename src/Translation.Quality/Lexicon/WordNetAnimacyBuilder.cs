using System.Globalization;

namespace Translation.Quality.Lexicon;

/// <summary>
/// Derives the animacy lexicon from WordNet 3.0's noun index and data files (Debian
/// <c>wordnet-base</c>, <c>/usr/share/wordnet</c>). Where SemCor counts its senses
/// (<c>cntlist.rev</c>), the share of tagged uses decides: 70% in noun.person is a person, 70% in
/// noun.person and noun.group together a group, 40% in those or noun.animal mixed, less a thing.
/// Otherwise the first (most frequent) sense decides, a second sense of another kind making it mixed. Thing entries are kept only for nouns that end like a
/// person's ("-er", "-or", "-ist", "-ent"…), where the rule would otherwise guess wrong, so the file
/// stays small. Instances (proper names) are skipped.
/// </summary>
public static class WordNetAnimacyBuilder
{
    private const int NounPerson = 18;
    private const int NounGroup = 14;
    private const int NounAnimal = 5;

    /// <summary>Endings that usually name a person; nouns with them get an explicit entry either way.</summary>
    public static readonly string[] PersonEndings = ["er", "or", "ist", "ian", "ant", "ent", "eer", "ee", "man", "woman", "ess", "ive", "ary", "ic", "al"];

    /// <summary>Reads <c>index.noun</c> and <c>data.noun</c> from <paramref name="wordnetDir"/> and returns the entries, sorted.</summary>
    public static IReadOnlyList<(string Word, Animacy Animacy)> Build(string wordnetDir)
    {
        var index = Path.Combine(wordnetDir, "index.noun");
        var data = Path.Combine(wordnetDir, "data.noun");
        if (!File.Exists(index) || !File.Exists(data))
        {
            throw new FileNotFoundException($"WordNet noun files not found in '{wordnetDir}' (expected index.noun and data.noun).");
        }

        // Synset offset → lexicographer file, and whether the synset is an instance (a proper name).
        var synsets = new Dictionary<long, (int LexFile, bool Instance)>();
        foreach (var line in File.ReadLines(data))
        {
            if (line.Length == 0 || line[0] == ' ')
            {
                continue;
            }

            var parts = line.Split(' ', 4);
            synsets[long.Parse(parts[0], CultureInfo.InvariantCulture)] = (int.Parse(parts[1], CultureInfo.InvariantCulture), line.Contains(" @i ", StringComparison.Ordinal));
        }

        var counts = ReadSenseCounts(Path.Combine(wordnetDir, "cntlist.rev"));
        var entries = new List<(string, Animacy)>();
        foreach (var line in File.ReadLines(index))
        {
            if (line.Length == 0 || line[0] == ' ')
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var lemma = parts[0];
            if (lemma.Contains('_') || !lemma.All(c => char.IsAsciiLetterLower(c) || c == '-'))
            {
                continue;
            }

            // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
            var pointers = int.Parse(parts[3], CultureInfo.InvariantCulture);
            var senses = parts.Skip(4 + pointers + 2)
                .Select(o => synsets.TryGetValue(long.Parse(o, CultureInfo.InvariantCulture), out var s) ? s : (LexFile: -1, Instance: true))
                .Where(s => !s.Instance)
                .Select(s => s.LexFile)
                .ToList();
            if (senses.Count == 0)
            {
                continue;
            }

            var animacy = counts.TryGetValue(lemma, out var tagged) && tagged.Total > 0 ? Classify(tagged) : Classify(senses);
            if (animacy == Animacy.Thing && !PersonEndings.Any(e => lemma.EndsWith(e, StringComparison.Ordinal)))
            {
                continue;
            }

            entries.Add((lemma, animacy));
        }

        return entries.OrderBy(e => e.Item1, StringComparer.Ordinal).ToList();
    }

    /// <summary>SemCor tag counts per lemma: uses as person, group, animal and anything else.</summary>
    private static Dictionary<string, SenseCounts> ReadSenseCounts(string path)
    {
        var counts = new Dictionary<string, SenseCounts>(StringComparer.Ordinal);
        foreach (var sense in SemCorCounts.Read(path).Where(s => s.Part == '1'))
        {
            counts.TryGetValue(sense.Lemma, out var c);
            counts[sense.Lemma] = sense.LexFile switch
            {
                NounPerson => c with { Person = c.Person + sense.Tags },
                NounGroup => c with { Group = c.Group + sense.Tags },
                NounAnimal => c with { Animal = c.Animal + sense.Tags },
                _ => c with { Other = c.Other + sense.Tags },
            };
        }

        return counts;
    }

    private readonly record struct SenseCounts(int Person, int Group, int Animal, int Other)
    {
        public int Total => Person + Group + Animal + Other;
    }

    private static Animacy Classify(SenseCounts c)
    {
        double total = c.Total;
        return (c.Person / total, (c.Person + c.Group) / total, (c.Person + c.Group + c.Animal) / total) switch
        {
            ( >= 0.7, _, _) => Animacy.Person,
            (_, >= 0.7, _) => Animacy.Group,
            (_, _, >= 0.4) => Animacy.Mixed,
            _ => Animacy.Thing,
        };
    }

    private static Animacy Classify(IReadOnlyList<int> senses)
    {
        var first = senses[0];
        var personLater = senses.Skip(1).Take(2).Any(s => s == NounPerson);
        return first switch
        {
            NounPerson when senses.Count == 1 || senses[1] is NounPerson or NounGroup => Animacy.Person,
            NounPerson => Animacy.Mixed,
            NounGroup => Animacy.Group,
            NounAnimal => Animacy.Mixed,
            _ when personLater => Animacy.Mixed,
            _ => Animacy.Thing,
        };
    }

    /// <summary>Writes the entries with the WordNet notice and licence the licence asks for on every copy.</summary>
    public static void Write(IReadOnlyList<(string Word, Animacy Animacy)> entries, TextWriter writer)
    {
        writer.WriteLine("# English noun animacy (P person, G group, M mixed or animal, T thing with a person-like ending).");
        writer.WriteLine("# Derived from WordNet 3.0 (Princeton University; Debian package wordnet-base) by tqa.");
        writer.WriteLine("# Regenerate: tqa lexicon animacy --wordnet /usr/share/wordnet --out src/Translation.Quality/Lexicon/Data/animacy-en.tsv");
        writer.WriteLine("#");
        WordNetLicence.WriteAsComments(writer);

        writer.WriteLine("#");
        foreach (var (word, animacy) in entries)
        {
            var code = animacy switch { Animacy.Person => 'P', Animacy.Group => 'G', Animacy.Mixed => 'M', _ => 'T' };
            writer.Write(word);
            writer.Write('\t');
            writer.Write(code);
            writer.Write('\n');
        }
    }
}
