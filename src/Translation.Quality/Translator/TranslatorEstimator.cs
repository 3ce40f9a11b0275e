using Translation.Quality.Alignment;
using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Text;

namespace Translation.Quality.Translator;

/// <summary>
/// Counts what a run would send without sending anything: the source units the verify stage would
/// translate and the words it would look up, less what the cache (read only) already holds and what
/// an earlier article of the same run will have paid for. Not thread-safe: one feed at a time.
/// </summary>
public sealed class TranslatorEstimator
{
    private readonly TranslatorOptions _options;
    private readonly TranslationCache? _cache;
    private readonly HashSet<(string Operation, string From, string To, string Text)> _seen = [];
    private readonly int _maxTranslateCharacters;
    private int _articles;
    private int _inScope;
    private long _characters;
    private long _fromCache;
    private int _requests;
    private bool _upperBound;

    public TranslatorEstimator(TranslatorOptions options, TranslationCache? cache = null)
    {
        _options = options;
        _cache = cache;
        _maxTranslateCharacters = Math.Min(Math.Min(options.MaxCharactersPerRequest, TranslatorLimits.TranslateMaxCharacters), CharacterRateLimiter.BurstFor(options.CharactersPerMinute));
    }

    /// <param name="targetSentences">The article's sentences, as the segment stage splits them.</param>
    /// <param name="findings">The rule packs' findings; null when not known (a flagged scope then counts the article anyway).</param>
    /// <param name="bilingual">The align stage's links, when it ran: the stage translates those pairs.</param>
    public void Add(Article article, Sentence[] targetSentences, IReadOnlyList<Finding>? findings, BilingualText? bilingual = null)
    {
        _articles++;
        if (findings is null && _options.Scope == VerifyScope.Flagged)
        {
            _upperBound = true;
        }
        else if (!VerifyScopes.Includes(_options, article.Id, findings?.Count ?? 0, out _))
        {
            return;
        }

        _inScope++;
        var checks = _options.Checks;
        if ((checks.Divergence || checks.Length) && !string.IsNullOrWhiteSpace(article.SourceText)
            && (bilingual is null ? BilingualAligner.Align(article, targetSentences, out _) : new LinkedSourceAligner(bilingual).Align(article, targetSentences, out _)) is { } pairs)
        {
            var sources = pairs.Select(p => p.Source).Where(s => s.Length <= _maxTranslateCharacters).ToList();
            Count("translate", article.SourceLanguage, article.TargetLanguage, sources, Math.Min(_options.MaxElementsPerRequest, TranslatorLimits.TranslateMaxElements), _maxTranslateCharacters);
        }

        if (checks.Dictionary && findings is not null)
        {
            var terms = findings.Where(f => f.Class is "false-friend" or "calque").Select(f => SourceTerm.Of(f, article.SourceText)).OfType<string>()
                .Where(t => t.Length <= TranslatorLimits.DictionaryMaxElementCharacters).ToList();
            Count("dictionary/lookup", article.SourceLanguage, article.TargetLanguage, terms, TranslatorLimits.DictionaryMaxElements, TranslatorLimits.DictionaryMaxCharacters);
        }
    }

    public TranslatorEstimate Result() =>
        new(_articles, _inScope, _characters, _fromCache, _requests, _characters / 1_000_000.0 * _options.PricePerMillionCharacters, _options.PricePerMillionCharacters, _upperBound);

    private void Count(string operation, string from, string to, List<string> texts, int maxElements, int maxCharacters)
    {
        var wanted = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToList();
        var cached = _cache?.GetMany(operation, from, to, wanted) ?? [];
        var misses = new List<string>();
        foreach (var text in wanted)
        {
            if (cached.TryGetValue(text, out var answer) && !string.IsNullOrWhiteSpace(answer))
            {
                _fromCache += text.Length;
            }
            else if (!_seen.Add((operation, from, to, text)))
            {
                // An earlier article of this run pays for it; the run caches it before this one asks.
                _fromCache += text.Length;
            }
            else
            {
                misses.Add(text);
            }
        }

        _characters += misses.Sum(t => (long)t.Length);
        _requests += TranslatorService.Batches(misses, maxElements, maxCharacters).Count();
    }
}
