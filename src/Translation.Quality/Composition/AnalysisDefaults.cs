using System.Collections.Concurrent;
using Translation.Quality.Language;
using Translation.Quality.Tagging;
using Translation.Quality.Text;

namespace Translation.Quality.Composition;

/// <summary>The built-in text analysis: the shipped English tagger and Lingua, loaded once per process.</summary>
public static class AnalysisDefaults
{
    private static readonly ConcurrentDictionary<string, ILanguageIdentifier> Identifiers = new(StringComparer.Ordinal);

    /// <summary>The built-in tagger, its model loaded on first use.</summary>
    public static IPosTagger Tagger { get; } = new LazyTagger();

    /// <summary>Lingua limited to <paramref name="languages"/>, one per language set (its models load on first use and stay loaded).</summary>
    public static ILanguageIdentifier LanguageIdentifierFor(IReadOnlyList<string> languages) =>
        Identifiers.GetOrAdd(string.Join(',', languages.Select(l => l.ToLowerInvariant()).Order(StringComparer.Ordinal)), _ => new LinguaLanguageIdentifier(languages));
}
