using System.Collections.Frozen;
using Lingua;
using Translation.Quality.Text;

namespace Translation.Quality.Language;

/// <summary>
/// <see cref="ILanguageDetector"/> over SearchPioneer.Lingua, limited to the configured languages.
/// The Lingua detector (and its n-gram models, loaded on demand) is built once, on first use,
/// and shared by every thread.
/// </summary>
public sealed class LinguaDetector : ILanguageDetector
{
    private static readonly FrozenDictionary<string, Lingua.Language> ByCode = LanguageInfo.All()
        .Where(l => l != Lingua.Language.Unknown)
        .ToFrozenDictionary(l => LanguageInfo.IsoCode6391(l).ToString().ToLowerInvariant(), l => l, StringComparer.OrdinalIgnoreCase);

    private readonly Lazy<LanguageDetector> _detector;
    private readonly string[] _languages;

    /// <param name="languages">ISO 639-1 codes; at least two (Lingua's own minimum).</param>
    /// <param name="modelsDirectory">Where the models are; null: Lingua's default beside the program.</param>
    public LinguaDetector(IEnumerable<string> languages, string? modelsDirectory = null)
    {
        _languages = [.. languages.Select(l => l.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
        var unknown = _languages.Where(l => !IsSupported(l)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Lingua does not know the language code(s) {string.Join(", ", unknown)}.", nameof(languages));
        }

        if (_languages.Length < 2)
        {
            throw new ArgumentException("A language detector needs at least two languages.", nameof(languages));
        }

        var selected = _languages.Select(l => ByCode[l]).ToArray();
        _detector = new Lazy<LanguageDetector>(
            () =>
            {
                // Low-accuracy mode keeps only trigram models: a fraction of the memory, and the foreign-run
                // search confirms runs of three or more words, where trigrams suffice.
                var builder = LanguageDetectorBuilder.FromLanguages(selected).WithLowAccuracyMode();
                if (modelsDirectory is not null)
                {
                    builder = builder.WithLanguageModelsDirectory(modelsDirectory);
                }

                return builder.Build();
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyCollection<string> Languages => _languages;

    /// <summary>Whether Lingua has a model for this ISO 639-1 code.</summary>
    public static bool IsSupported(string code) => ByCode.ContainsKey(code);

    public IReadOnlyList<LanguageGuess> Rank(string text)
    {
        var values = _detector.Value.ComputeLanguageConfidenceValues(text);
        var result = new List<LanguageGuess>(values.Count);
        foreach (var (language, confidence) in values)
        {
            if (language != Lingua.Language.Unknown)
            {
                result.Add(new LanguageGuess(LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant(), confidence));
            }
        }

        return result;
    }
}
