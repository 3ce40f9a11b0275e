namespace Translation.Quality.Translator;

/// <summary>
/// The Translator operations tqa uses, named after <c>Azure.AI.Translation.Text.TextTranslationClient</c>
/// so that an SDK adapter, once the package can be restored, replaces one class. One call is one
/// request: callers split work to the service limits (see <see cref="TranslatorLimits"/>).
/// </summary>
public interface ITextTranslationClient
{
    /// <summary>Translates each text into each target language (billed: characters × targets).</summary>
    Task<TranslatorResponse<IReadOnlyList<TranslatedTextItem>>> TranslateAsync(IEnumerable<string> targetLanguages, IEnumerable<string> content, string? sourceLanguage = null, Guid? clientTraceId = null, CancellationToken cancellationToken = default);

    /// <summary>Sentence lengths of each text (not billed).</summary>
    Task<TranslatorResponse<IReadOnlyList<BreakSentenceItem>>> FindSentenceBoundariesAsync(IEnumerable<string> content, string? language = null, string? script = null, Guid? clientTraceId = null, CancellationToken cancellationToken = default);

    /// <summary>Dictionary translations of words or idioms (billed).</summary>
    Task<TranslatorResponse<IReadOnlyList<DictionaryLookupItem>>> LookupDictionaryEntriesAsync(string sourceLanguage, string targetLanguage, IEnumerable<string> words, Guid? clientTraceId = null, CancellationToken cancellationToken = default);

    /// <summary>The language of each text (REST v3 only: the SDK has no such method; not billed).</summary>
    Task<TranslatorResponse<IReadOnlyList<LanguageDetectionItem>>> DetectLanguageAsync(IEnumerable<string> content, Guid? clientTraceId = null, CancellationToken cancellationToken = default);
}
