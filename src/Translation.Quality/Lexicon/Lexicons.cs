using System.Collections.Concurrent;

namespace Translation.Quality.Lexicon;

/// <summary>
/// The lexicons shipped inside tqa (<c>Lexicon/Data/*.lex.br</c>), each loaded on first use and
/// then shared by every rule and thread: English and the source languages tqa has a lexicon for.
/// </summary>
public static class Lexicons
{
    private static readonly ConcurrentDictionary<string, Lazy<WordTable?>> Loaded = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Languages with a shipped lexicon.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "fr", "es", "de"];

    public static WordTable English => For("en") ?? throw new InvalidOperationException("the English lexicon is missing from the tqa assembly");

    public static bool Has(string language) => Languages.Contains(language, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where the lexicons' tables are cached between runs (<see cref="LexiconCache"/>); null, the
    /// default, caches nothing. The tool sets it at start-up; set it before the first lexicon loads.
    /// </summary>
    public static string? CacheDirectory { get; set; }

    /// <summary>The lexicon of a language, or null when tqa ships none for it.</summary>
    public static WordTable? For(string language) =>
        Loaded.GetOrAdd(language, l => new Lazy<WordTable?>(() => Load(l), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static WordTable? Load(string language)
    {
        var code = language.ToLowerInvariant();
        var name = "lexicon/" + code + ".lex.br";
        using var stream = typeof(Lexicons).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        var directory = CacheDirectory;
        if (directory is null)
        {
            return LexiconFile.Read(stream, name).Table;
        }

        var shipped = new byte[stream.Length];
        stream.ReadExactly(shipped);
        var hash = LexiconCache.SourceHash(shipped);
        var path = LexiconCache.PathFor(directory, code, hash);
        if (LexiconCache.TryRead(path, hash) is { } cached)
        {
            return cached;
        }

        var table = LexiconFile.Read(new MemoryStream(shipped, writable: false), name).Table;
        LexiconCache.TryWrite(path, hash, table);
        return table;
    }
}
