using System.Text.Json;
using Translation.Quality.Lexicon.Hunspell;

namespace Translation.Quality.Lexicon;

/// <summary>
/// Derives the shipped lexicons from maintained resources (see <see cref="LexiconSources"/>):
/// <c>en.lex.br</c> (en-US and en-GB Hunspell forms, wamerican-huge, WordNet lemmas, SUBTLEX-US
/// frequency bands) and one file per source language (its Hunspell forms and stopwords).
/// French elided forms ("l'arbre") are left out: the tokenizer splits them.
/// </summary>
public static class LexiconBuilder
{
    /// <summary>SUBTLEX-US counts words in 51 million words of subtitles; Zipf = log10(count per billion words).</summary>
    private const double SubtlexWords = 51e6;

    public static readonly string[] SourceLanguages = ["fr", "es", "de"];

    public static LexiconBuildResult Build(LexiconSources sources, string outputFolder)
    {
        var missing = sources.Missing();
        if (missing.Count > 0)
        {
            throw new FileNotFoundException("lexicon sources missing: " + string.Join("; ", missing));
        }

        Directory.CreateDirectory(outputFolder);
        var dictionaries = new List<(string, int, int)>();
        var files = new List<(string, int, long)>();
        var stopwords = ReadStopwords(sources.Stopwords!);

        var english = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var name in new[] { "en", "en-gb" })
        {
            var (stems, forms, _) = Expand(sources.Hunspell[name]);
            dictionaries.Add((name, stems, forms.Count));
            foreach (var form in forms)
            {
                Merge(english, form, WordFlags.Dictionary | CaseOf(form), 0);
            }
        }

        foreach (var word in File.ReadLines(sources.WordList!))
        {
            if (word.Length > 0 && !word.EndsWith("'s", StringComparison.Ordinal))
            {
                Merge(english, word, WordFlags.WordList | CaseOf(word), 0);
            }
        }

        foreach (var lemma in ReadWordNet(sources.WordNet!))
        {
            Merge(english, lemma, WordFlags.WordNet, 0);
        }

        foreach (var (word, count) in ReadSubtlex(sources.Subtlex!))
        {
            var zipf = Math.Log10(count * 1e9 / SubtlexWords);
            Merge(english, word, WordFlags.None, (byte)Math.Clamp((int)Math.Round(zipf), 1, 7));
        }

        foreach (var word in stopwords.GetValueOrDefault("en") ?? [])
        {
            Merge(english, word, WordFlags.Stopword, 0);
        }

        files.Add(Write(outputFolder, "en", english.Values));

        foreach (var language in SourceLanguages)
        {
            // French elisions (l', d', qu' …) are prefixes in the affix file; the tokenizer splits them off.
            var (stems, forms, parts) = Expand(sources.Hunspell[language], rule => !rule.Add.Contains('\'') && !rule.Add.Contains('\u2019'));
            dictionaries.Add((language, stems, forms.Count));
            var entries = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
            foreach (var form in forms)
            {
                Merge(entries, form, WordFlags.Dictionary | CaseOf(form), 0);
            }

            // Compound parts only where they are no word of their own: a German noun's linking form ("Landtags").
            foreach (var part in parts)
            {
                if (!entries.ContainsKey(part.ToLowerInvariant()))
                {
                    Merge(entries, part, WordFlags.CompoundPart, 0);
                }
            }

            foreach (var word in stopwords.GetValueOrDefault(language) ?? [])
            {
                Merge(entries, word, WordFlags.Stopword | WordFlags.Lower, 0);
            }

            files.Add(Write(outputFolder, language, entries.Values));
        }

        return new LexiconBuildResult(dictionaries, files);
    }

    /// <summary>Expands one Hunspell dictionary into its distinct word forms.</summary>
    internal static (int Stems, HashSet<string> Forms, HashSet<string> CompoundParts) Expand(string affPath, Func<AffixRule, bool>? usePrefix = null)
    {
        var affixes = AffixFile.Read(affPath);
        var expander = new AffixExpander(affixes, usePrefix);
        var forms = new HashSet<string>(StringComparer.Ordinal);
        var parts = new HashSet<string>(StringComparer.Ordinal);
        var stems = 0;
        foreach (var entry in DictionaryEntry.Read(Path.ChangeExtension(affPath, ".dic"), affixes))
        {
            stems++;
            expander.Expand(entry, forms, parts);
        }

        return (stems, forms, parts);
    }

    private static WordFlags CaseOf(string word) => word.Any(char.IsUpper) ? WordFlags.Capitalised : WordFlags.Lower;

    private static void Merge(Dictionary<string, LexiconEntry> entries, string word, WordFlags flags, byte band)
    {
        var key = word.ToLowerInvariant();
        entries[key] = entries.TryGetValue(key, out var old)
            ? new LexiconEntry(key, old.Flags | flags, Math.Max(old.Band, band))
            : new LexiconEntry(key, flags, band);
    }

    private static (string, int, long) Write(string folder, string language, IEnumerable<LexiconEntry> entries)
    {
        var path = Path.Combine(folder, language + ".lex.br");
        var list = entries.ToList();
        using (var stream = File.Create(path))
        {
            LexiconFile.Write(stream, language, list);
        }

        return (path, list.Count, new FileInfo(path).Length);
    }

    private static Dictionary<string, string[]> ReadStopwords(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, LexiconJsonContext.Default.DictionaryStringStringArray) ?? [];
    }

    private static IEnumerable<(string Word, long Count)> ReadSubtlex(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            if (item.TryGetProperty("word", out var w) && item.TryGetProperty("count", out var c) && w.GetString() is { Length: > 0 } word)
            {
                yield return (word, c.GetInt64());
            }
        }
    }

    /// <summary>WordNet lemmas (index.noun, .verb, .adj, .adv): the first field of each entry line, '_' read as a space.</summary>
    private static IEnumerable<string> ReadWordNet(string folder)
    {
        foreach (var part in new[] { "noun", "verb", "adj", "adv" })
        {
            var path = Path.Combine(folder, "index." + part);
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (var line in File.ReadLines(path))
            {
                if (line.Length == 0 || line[0] == ' ')
                {
                    continue;
                }

                var space = line.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0)
                {
                    yield return line[..space].Replace('_', ' ');
                }
            }
        }
    }
}
