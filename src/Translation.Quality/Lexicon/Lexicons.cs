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

    /// <summary>The lexicon of a language, or null when tqa ships none for it.</summary>
    public static WordTable? For(string language) =>
        Loaded.GetOrAdd(language, l => new Lazy<WordTable?>(() => Load(l), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static WordTable? Load(string language)
    {
        var name = "lexicon/" + language.ToLowerInvariant() + ".lex.br";
        using var stream = typeof(Lexicons).Assembly.GetManifestResourceStream(name);
        return stream is null ? null : LexiconFile.Read(stream, name).Table;
    }
}
