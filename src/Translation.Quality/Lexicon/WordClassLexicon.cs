using System.Collections.Frozen;

namespace Translation.Quality.Lexicon;

/// <summary>
/// English words of one class out of context (adjectives, verbs), derived from WordNet 3.0 by
/// <see cref="WordNetWordClassBuilder"/> (<c>tqa lexicon word-classes</c>); the shipped files are
/// <c>Lexicon/Data/adjectives-en.txt</c> and <c>verbs-en.txt</c>, each loaded on first use.
/// </summary>
internal sealed class WordClassLexicon
{
    private static readonly Lazy<WordClassLexicon> EmbeddedAdjectives = new(() => LoadEmbedded("adjectives"));
    private static readonly Lazy<WordClassLexicon> EmbeddedVerbs = new(() => LoadEmbedded("verbs"));

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordClassLexicon(IEnumerable<string> words)
    {
        var set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Count = set.Count;
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped adjectives ("federal", "agricultural").</summary>
    public static WordClassLexicon Adjectives => EmbeddedAdjectives.Value;

    /// <summary>The shipped verbs, base forms ("improve", "take").</summary>
    public static WordClassLexicon Verbs => EmbeddedVerbs.Value;

    public int Count { get; }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>Reads one word a line; <c>#</c> lines are comments.</summary>
    public static WordClassLexicon Read(TextReader reader)
    {
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return new WordClassLexicon(words);
    }

    private static WordClassLexicon LoadEmbedded(string wordClass)
    {
        var name = "lexicon/" + WordNetWordClassBuilder.FileName(wordClass);
        using var stream = typeof(WordClassLexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The word-class list {name} is not embedded in the library.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
