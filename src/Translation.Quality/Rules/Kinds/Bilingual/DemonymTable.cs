using System.Collections.Frozen;
using Translation.Quality.Documents;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// Country adjectives and nouns of French, Spanish and German ("belges", "chipriotas", "belgischen", "Belgier")
/// with the English demonyms and country that render them, read from <c>Lexicon/Data/demonyms.tsv</c>. The file
/// gives base forms; the inflections each language adds are generated here, so the list stays one line a country.
/// </summary>
internal sealed class DemonymTable
{
    /// <summary>One country: its English demonyms (folded word sequences) and its English name.</summary>
    internal sealed record Country(string Name, string[][] Demonyms, string[][] Names);

    private readonly Dictionary<string, Dictionary<string, List<Country>>> _single = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, Country Country, bool Demonym)>> _multi = new(StringComparer.Ordinal);

    private DemonymTable(List<Country> countries) => Countries = countries;

    public List<Country> Countries { get; }

    public static DemonymTable Default => LazyDefault.Value;

    private static readonly Lazy<DemonymTable> LazyDefault = new(() =>
    {
        using var stream = typeof(DemonymTable).Assembly.GetManifestResourceStream("lexicon/demonyms.tsv")
            ?? throw new InvalidOperationException("The demonym table (lexicon/demonyms.tsv) is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    private static readonly string[] Languages = ["fr", "es", "de"];

    internal static DemonymTable Parse(string tsv)
    {
        var table = new DemonymTable([]);
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != 5)
            {
                throw new FormatException($"demonyms.tsv: '{line}' must have 5 tab-separated columns.");
            }

            var demonyms = cols[1].Split(',').SelectMany(EnglishForms).Distinct().Select(Tokens).ToArray();
            var country = new Country(cols[0], demonyms, [Tokens(cols[0])]);
            table.Countries.Add(country);
            for (var l = 0; l < Languages.Length; l++)
            {
                var language = Languages[l];
                var parts = cols[l + 2].Split('|');
                foreach (var adjective in parts[0].Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    foreach (var form in Inflect(language, adjective))
                    {
                        table.Add(language, form, country, demonym: true);
                    }
                }

                foreach (var name in parts.Length > 1 ? parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries) : [])
                {
                    table.Add(language, name, country, demonym: false);
                }
            }
        }

        return table;
    }

    /// <summary>An English adjective and its plural noun where English forms one: "Belgian" → "Belgians", "Iraqi" → "Iraqis".</summary>
    private static IEnumerable<string> EnglishForms(string form)
    {
        yield return form;
        if (form.EndsWith("an", StringComparison.Ordinal) || form.EndsWith('i'))
        {
            yield return form + "s";
        }
    }

    /// <summary>Folded words: "Saudi-Arabien" → ["saudi", "arabien"].</summary>
    internal static string[] Tokens(string phrase) =>
        phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => BilingualWords.Fold(w.Replace(".", string.Empty, StringComparison.Ordinal))).ToArray();

    private void Add(string language, string form, Country country, bool demonym)
    {
        var words = Tokens(form);
        if (words.Length == 1)
        {
            if (!_single.TryGetValue(language, out var map))
            {
                _single[language] = map = new Dictionary<string, List<Country>>(StringComparer.Ordinal);
            }

            // The key says whether the form is a demonym: "d:" adjective or noun, "c:" country name.
            var key = (demonym ? "d:" : "c:") + words[0];
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            if (!list.Contains(country))
            {
                list.Add(country);
            }
        }
        else
        {
            if (!_multi.TryGetValue(language, out var list))
            {
                _multi[language] = list = [];
            }

            list.Add((words, country, demonym));
        }
    }

    /// <summary>The inflected forms of a base adjective or (German, capitalised) noun.</summary>
    internal static IEnumerable<string> Inflect(string language, string form)
    {
        var b = BilingualWords.Fold(form);
        string[] endings;
        switch (language)
        {
            case "fr":
                endings = b.EndsWith('e') ? ["", "s"] : b.EndsWith("en", StringComparison.Ordinal) ? ["", "ne", "s", "nes"]
                    : b.EndsWith('s') || b.EndsWith('x') ? ["", "e", "es"] : ["", "e", "s", "es"];
                break;
            case "es":
                if (b.EndsWith('o'))
                {
                    b = b[..^1];
                    endings = ["o", "a", "os", "as"];
                }
                else
                {
                    endings = b.EndsWith('a') || b.EndsWith('e') ? ["", "s"] : b.EndsWith('i') || b.EndsWith('u') ? ["", "es", "s"] : ["", "a", "es", "as"];
                }

                break;
            case "de" when char.IsUpper(form[0]):
                // Nouns: "Belgier", "Belgierin", "Belgierinnen"; "Franzose", "Franzosen", "Französin".
                if (b.EndsWith('e'))
                {
                    return [b, b + "n", b[..^1] + "in", b[..^1] + "innen"];
                }

                endings = ["", "n", "en", "in", "innen", "s"];
                break;
            case "de":
                endings = ["", "e", "en", "er", "es", "em"];
                break;
            default:
                endings = [""];
                break;
        }

        return endings.Select(e => b + e);
    }

    private Dictionary<string, List<Country>>? _english;

    /// <summary>The countries an English word stands for, as a demonym or part of a name: "moroccan" → Morocco.</summary>
    public IReadOnlyList<Country> English(string folded)
    {
        if (_english is null)
        {
            var map = new Dictionary<string, List<Country>>(StringComparer.Ordinal);
            foreach (var c in Countries)
            {
                foreach (var word in c.Demonyms.Concat(c.Names).SelectMany(seq => seq))
                {
                    if (!map.TryGetValue(word, out var list))
                    {
                        map[word] = list = [];
                    }

                    if (!list.Contains(c))
                    {
                        list.Add(c);
                    }
                }
            }

            _english = map;
        }

        return _english.TryGetValue(folded, out var found) ? found : [];
    }

    /// <summary>A country a source word names, as a demonym (<paramref name="demonym"/>) or a country name.</summary>
    public IReadOnlyList<Country> Lookup(string language, string folded, bool demonym) =>
        _single.TryGetValue(language, out var map) && map.TryGetValue((demonym ? "d:" : "c:") + folded, out var list) ? list : [];

    /// <summary>Every country the source words name, by demonym or by name; with each demonym's word index.</summary>
    public (List<(int Index, Country Country)> Demonyms, HashSet<Country> All) Read(string language, IReadOnlyList<string> words)
    {
        var demonyms = new List<(int, Country)>();
        var all = new HashSet<Country>();
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var c in Lookup(language, words[i], demonym: true))
            {
                demonyms.Add((i, c));
                all.Add(c);
            }

            all.UnionWith(Lookup(language, words[i], demonym: false));
        }

        if (_multi.TryGetValue(language, out var multi))
        {
            foreach (var (seq, country, demonym) in multi)
            {
                var at = IndexOf(words, seq);
                if (at >= 0)
                {
                    all.Add(country);
                    if (demonym)
                    {
                        demonyms.Add((at, country));
                    }
                }
            }
        }

        return (demonyms, all);
    }

    /// <summary>Where a word sequence starts in a list of words, or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> words, string[] seq)
    {
        for (var i = 0; i + seq.Length <= words.Count; i++)
        {
            var j = 0;
            while (j < seq.Length && words[i + j] == seq[j])
            {
                j++;
            }

            if (j == seq.Length)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Source words of a range, folded, hyphenated words split and elisions cut, with their spans.</summary>
    public static List<(string Folded, TextSpan Span)> SourceWords(string text, TextSpan range)
    {
        var result = new List<(string, TextSpan)>();
        foreach (var span in BilingualWords.Words(text, range.Start, range.End))
        {
            var word = BilingualWords.WithoutElision(text[span.Start..span.End]);
            var start = span.End - word.Length;
            foreach (var part in word.Split('-'))
            {
                if (part.Length > 0)
                {
                    result.Add((BilingualWords.Fold(part), new TextSpan(start, start + part.Length)));
                }

                start += part.Length + 1;
            }
        }

        return result;
    }
}
