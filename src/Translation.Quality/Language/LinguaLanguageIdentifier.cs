using Translation.Quality.Text;

namespace Translation.Quality.Language;

/// <summary>
/// Per-sentence language identification with SearchPioneer.Lingua, limited to the configured
/// languages. Most wire-copy sentences are plainly English, so a cheap prefilter answers first:
/// when English-only function words ("the", "of", "said", …) make up a clear share of the words
/// and source-language function words do not, the sentence is English and the detector is not
/// asked. Safe to share between threads; the detector is built on first use.
/// </summary>
public sealed class LinguaLanguageIdentifier : ILanguageIdentifier
{
    /// <summary>Confidence reported for sentences the prefilter settles.</summary>
    public const double PrefilterConfidence = 0.95;

    /// <summary>Share of English function words that makes a sentence English without the detector.</summary>
    public const double EnglishShare = 0.2;

    /// <summary>Share of source-language function words above which the detector decides after all.</summary>
    public const double MaxForeignShare = 0.1;

    /// <summary>Texts with fewer words are "und": a one- or two-word fragment says nothing reliable.</summary>
    public const int MinWords = 3;

    /// <summary>
    /// Texts with fewer lower-case words are "und" too: datelines ("MADRID, March 3 (Reuters) -"),
    /// credits and lists of names are not running text in any language.
    /// </summary>
    public const int MinLowercaseWords = 2;

    private readonly ILanguageDetector? _detector;
    private readonly string[] _languages;
    private readonly bool _englishPrefilter;
    private long _detectorCalls;
    private long _prefilterHits;

    /// <param name="languages">ISO 639-1 codes the identifier may answer with (pipeline.yaml <c>languages:</c>).</param>
    /// <param name="detector">The statistical detector; null: Lingua over <paramref name="languages"/>, built on first use.</param>
    public LinguaLanguageIdentifier(IEnumerable<string> languages, ILanguageDetector? detector = null)
    {
        _languages = [.. languages.Select(l => l.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
        if (_languages.Length == 0)
        {
            throw new ArgumentException("At least one language is needed.", nameof(languages));
        }

        _detector = detector ?? (_languages.Length >= 2 ? new LinguaDetector(_languages) : null);
        _englishPrefilter = _languages.Contains("en");
    }

    /// <summary>Languages it may answer with.</summary>
    public IReadOnlyList<string> Languages => _languages;

    /// <summary>Whether the English prefilter runs (on by default; off only to measure what it saves).</summary>
    public bool UsePrefilter { get; init; } = true;

    /// <summary>How often the statistical detector ran.</summary>
    public long DetectorCalls => Interlocked.Read(ref _detectorCalls);

    /// <summary>How often the prefilter settled a sentence as English.</summary>
    public long PrefilterHits => Interlocked.Read(ref _prefilterHits);

    public LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        var stats = WordStats.Of(text);
        if (stats.Words < MinWords || stats.Lower < MinLowercaseWords)
        {
            return LanguageGuess.Unknown;
        }

        if (_detector is null)
        {
            return new LanguageGuess(_languages[0], 1);
        }

        if (UsePrefilter && _englishPrefilter && stats.LooksEnglish)
        {
            Interlocked.Increment(ref _prefilterHits);
            return new LanguageGuess("en", PrefilterConfidence);
        }

        var ranked = Rank(text.ToString());
        return ranked.Count == 0 ? LanguageGuess.Unknown : ranked[0];
    }

    public IReadOnlyList<LanguageRun> FindForeignRuns(ReadOnlySpan<char> sentence, string targetLanguage, IEnumerable<string> candidates) =>
        ForeignRunFinder.Find(sentence, targetLanguage.ToLowerInvariant(), candidates, _detector is null ? null : Rank, _detector?.Languages ?? []);

    private IReadOnlyList<LanguageGuess> Rank(string text)
    {
        Interlocked.Increment(ref _detectorCalls);
        return _detector!.Rank(text);
    }

    /// <summary>Word counts for the prefilter, in one pass and without allocating.</summary>
    /// <param name="English">English-only function words ("the", "said").</param>
    /// <param name="Shared">English function words a source language also has ("in", "a", "was").</param>
    /// <param name="Foreign">Source-language function words English lacks ("le", "der", "que").</param>
    /// <param name="Lower">Words that start with a lower-case letter.</param>
    private readonly record struct WordStats(int Words, int Lower, int English, int Shared, int Foreign)
    {
        /// <summary>
        /// English-only words must be there (two in a longer sentence); shared ones then count too,
        /// because "in", "a" and "was" are as English as "the" once "the" is present.
        /// </summary>
        public bool LooksEnglish =>
            Words >= 3
            && English >= (Words >= 6 ? 2 : 1)
            && English + Shared >= Words * EnglishShare
            && Foreign <= Words * MaxForeignShare
            && English > Foreign;

        public static WordStats Of(ReadOnlySpan<char> text)
        {
            var english = FunctionWords.EnglishOnly.GetAlternateLookup<ReadOnlySpan<char>>();
            var allEnglish = FunctionWords.English.GetAlternateLookup<ReadOnlySpan<char>>();
            var french = FunctionWords.French.GetAlternateLookup<ReadOnlySpan<char>>();
            var spanish = FunctionWords.Spanish.GetAlternateLookup<ReadOnlySpan<char>>();
            var german = FunctionWords.German.GetAlternateLookup<ReadOnlySpan<char>>();
            int words = 0, lower = 0, en = 0, shared = 0, foreign = 0;
            var i = 0;
            while (FunctionWords.NextWord(text, ref i) is { IsEmpty: false } word)
            {
                words++;
                lower += char.IsLower(word[0]) ? 1 : 0;
                if (english.Contains(word))
                {
                    en++;
                }
                else if (allEnglish.Contains(word))
                {
                    shared++;
                }
                else if (french.Contains(word) || spanish.Contains(word) || german.Contains(word) || FunctionWords.IsFrenchElision(word))
                {
                    foreign++;
                }
            }

            return new WordStats(words, lower, en, shared, foreign);
        }
    }
}
