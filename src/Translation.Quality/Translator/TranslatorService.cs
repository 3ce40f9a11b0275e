using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Translation.Quality.Config;
using Translation.Quality.Results;

namespace Translation.Quality.Translator;

/// <summary>
/// What the verify stage talks to: batches texts to the service limits, answers from the cache
/// first, keeps the character rate and the run's budget, and counts the cost. After a failure that
/// no retry will mend (wrong key, quota spent) it sends nothing more and repeats the reason.
/// </summary>
public sealed class TranslatorService
{
    private const string TranslateOp = "translate";
    private const string DetectOp = "detect";
    private const string LookupOp = "dictionary/lookup";

    private readonly ITextTranslationClient _client;
    private readonly TranslatorOptions _options;
    private readonly TranslationCache? _cache;
    private readonly CharacterRateLimiter? _limiter;
    private readonly ILogger _logger;
    private long _reserved;
    private long _sent;
    private long _fromCache;
    private long _metered;
    private long _possiblyBilled;
    private int _requests;
    private int _failed;
    private TranslatorRequestException? _stopped;

    public TranslatorService(ITextTranslationClient client, TranslatorOptions options, TranslationCache? cache = null, CharacterRateLimiter? limiter = null, ILogger? logger = null)
    {
        _client = client;
        _options = options;
        _cache = cache;
        _limiter = limiter;
        _logger = logger ?? NullLogger.Instance;
    }

    public TranslatorCost Cost => new(Interlocked.Read(ref _sent), Interlocked.Read(ref _fromCache), Volatile.Read(ref _requests), Interlocked.Read(ref _metered), Volatile.Read(ref _failed))
    {
        PossiblyBilledCharacters = Interlocked.Read(ref _possiblyBilled),
    };

    /// <summary>Why the service stopped sending for the rest of the run, or null while it still sends.</summary>
    public string? StoppedReason => Volatile.Read(ref _stopped)?.Message;

    /// <summary>The most characters one translate request may carry here.</summary>
    public int MaxTranslateCharacters => Math.Min(Math.Min(_options.MaxCharactersPerRequest, TranslatorLimits.TranslateMaxCharacters), _limiter?.Capacity ?? int.MaxValue);

    /// <summary>Translations of <paramref name="texts"/> (null where a text is empty or too long to send).</summary>
    public async Task<IReadOnlyList<string?>> TranslateAsync(IReadOnlyList<string> texts, string from, string to, CancellationToken cancellationToken)
    {
        var maxChars = MaxTranslateCharacters;
        var answers = await RunAsync(TranslateOp, from, to, texts, Math.Min(_options.MaxElementsPerRequest, TranslatorLimits.TranslateMaxElements), maxChars, maxChars, billed: true, async (batch, ct) =>
        {
            var response = await _client.TranslateAsync([to], batch, from, cancellationToken: ct).ConfigureAwait(false);

            // Whatever client answered: a wrong answer is a failed request, never a cached one.
            if (TranslatorAnswers.TranslationProblem(batch, [to], response.Value) is { } problem)
            {
                throw new TranslatorRequestException(TranslatorFailure.MalformedResponse, $"Translator translate: the answer was not what was asked for ({problem})", requestId: response.RequestId, clientTraceId: response.ClientTraceId) { AbandonedAttempts = response.AbandonedAttempts };
            }

            var result = response.Value.Select(item => item.Translations[0].Text).ToList();
            return new Sent(result, response.MeteredCharacters, response.AbandonedAttempts);
        }, cancellationToken).ConfigureAwait(false);
        return texts.Select(t => answers.GetValueOrDefault(t)).ToList();
    }

    /// <summary>The detected language of each text (null where empty or too long). Not billed.</summary>
    public async Task<IReadOnlyList<DetectedLanguage?>> DetectAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var answers = await RunAsync(DetectOp, "auto", "-", texts, TranslatorLimits.DetectMaxElements, TranslatorLimits.DetectMaxCharacters, TranslatorLimits.DetectMaxCharacters, billed: false, async (batch, ct) =>
        {
            var response = await _client.DetectLanguageAsync(batch, cancellationToken: ct).ConfigureAwait(false);
            var result = response.Value.Select(d => d.Language + "\t" + d.Score.ToString("R", CultureInfo.InvariantCulture)).ToList();
            return new Sent(result, response.MeteredCharacters, response.AbandonedAttempts);
        }, cancellationToken).ConfigureAwait(false);
        return texts.Select(t => answers.TryGetValue(t, out var v) && v.Split('\t') is [var lang, var score]
            ? new DetectedLanguage(lang, double.Parse(score, CultureInfo.InvariantCulture))
            : null).ToList();
    }

    /// <summary>Dictionary entries for words or short idioms (null where empty or over 100 characters).</summary>
    public async Task<IReadOnlyList<DictionaryLookupItem?>> LookupAsync(IReadOnlyList<string> words, string from, string to, CancellationToken cancellationToken)
    {
        var answers = await RunAsync(LookupOp, from, to, words, TranslatorLimits.DictionaryMaxElements, TranslatorLimits.DictionaryMaxCharacters, TranslatorLimits.DictionaryMaxElementCharacters, billed: true, async (batch, ct) =>
        {
            var response = await _client.LookupDictionaryEntriesAsync(from, to, batch, cancellationToken: ct).ConfigureAwait(false);
            var result = response.Value.Select(item => JsonSerializer.Serialize(item, TranslatorCacheJsonContext.Default.DictionaryLookupItem)).ToList();
            return new Sent(result, response.MeteredCharacters, response.AbandonedAttempts);
        }, cancellationToken).ConfigureAwait(false);
        return words.Select(w => answers.TryGetValue(w, out var json) ? JsonSerializer.Deserialize(json, TranslatorCacheJsonContext.Default.DictionaryLookupItem) : null).ToList();
    }

    private async Task<Dictionary<string, string>> RunAsync(
        string operation,
        string from,
        string to,
        IReadOnlyList<string> texts,
        int maxElements,
        int maxCharacters,
        int maxElementCharacters,
        bool billed,
        Func<List<string>, CancellationToken, Task<Sent>> send,
        CancellationToken cancellationToken)
    {
        var wanted = texts.Where(t => !string.IsNullOrWhiteSpace(t) && t.Length <= maxElementCharacters).Distinct(StringComparer.Ordinal).ToList();
        var answers = _cache?.GetMany(operation, from, to, wanted) ?? new Dictionary<string, string>(StringComparer.Ordinal);

        // An empty answer cached by an older tqa is a miss: it was never a translation.
        foreach (var empty in answers.Where(a => string.IsNullOrWhiteSpace(a.Value)).Select(a => a.Key).ToList())
        {
            answers.Remove(empty);
        }
        if (billed)
        {
            Interlocked.Add(ref _fromCache, answers.Keys.Sum(t => (long)t.Length));
        }

        var misses = wanted.Where(t => !answers.ContainsKey(t)).ToList();
        foreach (var batch in Batches(misses, maxElements, maxCharacters))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Volatile.Read(ref _stopped) is { } stopped)
            {
                throw new TranslatorRequestException(stopped.Failure, stopped.Message);
            }

            var characters = billed ? batch.Sum(t => t.Length) : 0;
            if (!Reserve(characters))
            {
                var spent = new TranslatorRequestException(TranslatorFailure.QuotaExceeded, $"the run's Translator budget of {_options.CharactersPerRun:N0} characters is spent ('translator.charactersPerRun')");
                Interlocked.CompareExchange(ref _stopped, spent, null);
                throw spent;
            }

            Sent result;
            var sending = false;
            try
            {
                if (_limiter is not null && characters > 0)
                {
                    await _limiter.AcquireAsync(characters, cancellationToken).ConfigureAwait(false);
                }

                // Counted when it goes out, not when an answer comes back: a lost answer may be billed all the same.
                sending = true;
                Interlocked.Add(ref _sent, characters);
                result = await send(batch, cancellationToken).ConfigureAwait(false);
                if (result.Answers.Count != batch.Count || result.Answers.Any(string.IsNullOrWhiteSpace))
                {
                    throw new TranslatorRequestException(TranslatorFailure.MalformedResponse, $"Translator {operation}: expected {batch.Count} non-empty answers, got {result.Answers.Count(a => !string.IsNullOrWhiteSpace(a))} of {result.Answers.Count}") { AbandonedAttempts = result.Abandoned };
                }
            }
            catch (TranslatorRequestException ex)
            {
                Interlocked.Increment(ref _failed);
                Abandoned(characters, ex.AbandonedAttempts);
                if (ex.IsPermanent && Interlocked.CompareExchange(ref _stopped, ex, null) is null)
                {
                    _logger.LogError("Translator stopped for the rest of the run: {Reason}", ex.Message);
                }

                throw;
            }
            catch
            {
                // Cancelled in flight: the service may still answer, and bill, what was sent.
                Abandoned(characters, sending ? 1 : 0);
                throw;
            }

            Interlocked.Add(ref _possiblyBilled, (long)characters * result.Abandoned);
            Interlocked.Increment(ref _requests);
            Interlocked.Add(ref _metered, result.Metered ?? 0);
            var fresh = new List<KeyValuePair<string, string>>(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                answers[batch[i]] = result.Answers[i];
                fresh.Add(new(batch[i], result.Answers[i]));
            }

            _cache?.SetMany(operation, from, to, fresh);
        }

        return answers;
    }

    /// <summary>
    /// A failed request gives its characters back to the run's budget, unless attempts of it timed
    /// out: those may be billed, so they stay spent and are counted as possibly billed.
    /// </summary>
    private void Abandoned(int characters, int attempts)
    {
        if (attempts > 0)
        {
            Interlocked.Add(ref _possiblyBilled, (long)characters * attempts);
        }
        else
        {
            Interlocked.Add(ref _reserved, -characters);
        }
    }

    /// <summary>Claims characters from the run's budget; false when they would overspend it.</summary>
    private bool Reserve(int characters)
    {
        var budget = _options.CharactersPerRun;
        while (true)
        {
            var current = Interlocked.Read(ref _reserved);
            if (budget > 0 && characters > 0 && current + characters > budget)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _reserved, current + characters, current) == current)
            {
                return true;
            }
        }
    }

    /// <summary>Greedy batches in input order within the element and character limits.</summary>
    internal static IEnumerable<List<string>> Batches(IReadOnlyList<string> texts, int maxElements, int maxCharacters)
    {
        var batch = new List<string>();
        var characters = 0;
        foreach (var text in texts)
        {
            if (batch.Count > 0 && (batch.Count >= maxElements || characters + text.Length > maxCharacters))
            {
                yield return batch;
                batch = [];
                characters = 0;
            }

            batch.Add(text);
            characters += text.Length;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>One request's answers in input order, what the service metered, and attempts abandoned on the way.</summary>
    private sealed record Sent(List<string> Answers, long? Metered, int Abandoned);
}
