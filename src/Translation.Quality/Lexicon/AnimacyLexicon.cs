using System.Collections.Frozen;
using System.Reflection;

namespace Translation.Quality.Lexicon;

/// <summary>
/// English nouns and what they name (person, group, mixed, thing), derived from WordNet 3.0 by
/// <see cref="WordNetAnimacyBuilder"/> (<c>tqa lexicon animacy</c>); the shipped file is
/// <c>Lexicon/Data/animacy-en.tsv</c>. Plurals are looked up by their singular.
/// </summary>
public sealed class AnimacyLexicon
{
    private static readonly Lazy<AnimacyLexicon> Embedded = new(LoadEmbedded);

    private readonly FrozenDictionary<string, Animacy> _words;

    public AnimacyLexicon(IReadOnlyDictionary<string, Animacy> words)
    {
        _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The lexicon shipped in the library.</summary>
    public static AnimacyLexicon Default => Embedded.Value;

    public int Count => _words.Count;

    /// <summary>What <paramref name="noun"/> (singular or plural, possessive allowed) names.</summary>
    public Animacy Of(string noun)
    {
        var word = noun.TrimEnd('\'', '\u2019');
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        if (_words.TryGetValue(word, out var found))
        {
            return found;
        }

        foreach (var singular in Singulars(word))
        {
            if (_words.TryGetValue(singular, out found))
            {
                return found;
            }
        }

        return Animacy.Unknown;
    }

    private static IEnumerable<string> Singulars(string word)
    {
        if (word.EndsWith("men", StringComparison.Ordinal))
        {
            yield return word[..^3] + "man";
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return word[..^3] + "y";
        }

        if (word.EndsWith("es", StringComparison.Ordinal))
        {
            yield return word[..^2];
        }

        if (word.EndsWith('s'))
        {
            yield return word[..^1];
        }

        if (word is "children")
        {
            yield return "child";
        }

        if (word is "people")
        {
            yield return "person";
        }
    }

    /// <summary>Reads the tab-separated file: <c>word TAB P|G|M|T</c>, <c>#</c> comments.</summary>
    public static AnimacyLexicon Read(TextReader reader)
    {
        var words = new Dictionary<string, Animacy>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab <= 0 || tab + 1 >= line.Length)
            {
                continue;
            }

            words[line[..tab]] = line[tab + 1] switch
            {
                'P' => Animacy.Person,
                'G' => Animacy.Group,
                'M' => Animacy.Mixed,
                _ => Animacy.Thing,
            };
        }

        return new AnimacyLexicon(words);
    }

    private static AnimacyLexicon LoadEmbedded()
    {
        using var stream = typeof(AnimacyLexicon).Assembly.GetManifestResourceStream("lexicon/animacy-en.tsv")
            ?? throw new InvalidOperationException("The animacy lexicon is not embedded in the library.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
