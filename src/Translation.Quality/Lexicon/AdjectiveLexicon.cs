using System.Collections.Frozen;

namespace Translation.Quality.Lexicon;

/// <summary>
/// English words that are adjectives out of context, derived from WordNet 3.0 by
/// <see cref="WordNetAdjectiveBuilder"/> (<c>tqa lexicon adjectives</c>); the shipped file is
/// <c>Lexicon/Data/adjectives-en.txt</c>, loaded on first use.
/// </summary>
internal sealed class AdjectiveLexicon
{
    private static readonly Lazy<AdjectiveLexicon> Embedded = new(LoadEmbedded);

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public AdjectiveLexicon(IEnumerable<string> words)
    {
        var set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Count = set.Count;
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The list shipped in the library.</summary>
    public static AdjectiveLexicon Default => Embedded.Value;

    public int Count { get; }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>Reads one word a line; <c>#</c> lines are comments.</summary>
    public static AdjectiveLexicon Read(TextReader reader)
    {
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return new AdjectiveLexicon(words);
    }

    private static AdjectiveLexicon LoadEmbedded()
    {
        using var stream = typeof(AdjectiveLexicon).Assembly.GetManifestResourceStream("lexicon/adjectives-en.txt")
            ?? throw new InvalidOperationException("The adjective lexicon is not embedded in the library.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
