using System.Collections.Concurrent;
using System.IO.Compression;
using Translation.Quality.Lexicon;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// Source word → the first letters of its English renderings, from the shipped <c>LANG-en.bidict.br</c>
/// (derived from FreeDict by <c>tqa lexicon build</c>; see Lexicon/Data/README.md). Loaded once per language on first use;
/// a language without a table knows no words.
/// </summary>
internal sealed class BilingualDictionary
{
    /// <summary>Letters two words must share at their start to count as one: "police"/"polizei", "disappear"/"disappeared".</summary>
    public const int KeyLength = BilingualDictionaryBuilder.KeyLength;

    private static readonly ConcurrentDictionary<string, BilingualDictionary> Loaded = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string[]> _words;

    private BilingualDictionary(Dictionary<string, string[]> words) => _words = words;

    /// <summary>A folded word's comparison key: its first <see cref="KeyLength"/> letters.</summary>
    public static string Key(string folded) => BilingualDictionaryBuilder.Key(folded);

    public static BilingualDictionary For(string language) => Loaded.GetOrAdd(language, Load);

    /// <summary>The English keys of a folded source word, trying it bare of common inflections too ("voitures" → "voiture").</summary>
    public IEnumerable<string> Renderings(string folded)
    {
        if (_words.TryGetValue(folded, out var found))
        {
            return found;
        }

        foreach (var ending in Endings)
        {
            if (folded.Length > ending.Length + 3 && folded.EndsWith(ending, StringComparison.Ordinal) && _words.TryGetValue(folded[..^ending.Length], out found))
            {
                return found;
            }
        }

        return [];
    }

    private static readonly string[] Endings = ["es", "s", "x", "e", "en", "n", "er", "em", "a", "o", "as", "os", "ee", "ees"];

    private static BilingualDictionary Load(string language)
    {
        var words = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using var stream = typeof(BilingualDictionary).Assembly.GetManifestResourceStream($"lexicon/{language}-en.bidict.br");
        if (stream is null)
        {
            return new BilingualDictionary(words);
        }

        using var reader = new StreamReader(new BrotliStream(stream, CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.StartsWith('#') || tab < 1)
            {
                continue;
            }

            words[line[..tab]] = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }

        return new BilingualDictionary(words);
    }
}
