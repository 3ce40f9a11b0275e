using System.Text.RegularExpressions;
using Translation.Quality.Translator;

namespace Translation.Quality.Tests.Translator;

/// <summary>
/// A Translator that serves recorded fresh translations (a gold set's NAME.fresh.tsv:
/// <c>source sentence TAB fresh translation</c>). A text made of several recorded sentences is
/// answered with their translations joined; anything else was never recorded and fails the
/// request (counted in <see cref="Unserved"/>), as no made-up answer may stand in for one.
/// Dictionary look-ups know no words; every text is detected as English.
/// </summary>
public sealed partial class FreshTsvTranslator : ITextTranslationClient
{
    private readonly Dictionary<string, string> _fresh = new(StringComparer.Ordinal);
    private readonly List<string> _unserved = [];
    private readonly Lock _gate = new();

    public FreshTsvTranslator(IEnumerable<string> tsvFiles)
    {
        foreach (var file in tsvFiles)
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.Split('\t') is [var source, var fresh])
                {
                    _fresh[Norm(source)] = fresh.Trim();
                }
            }
        }
    }

    public int Sentences => _fresh.Count;

    public IReadOnlyList<string> Unserved
    {
        get
        {
            lock (_gate)
            {
                return [.. _unserved];
            }
        }
    }

    public Task<TranslatorResponse<IReadOnlyList<TranslatedTextItem>>> TranslateAsync(IEnumerable<string> targetLanguages, IEnumerable<string> content, string? sourceLanguage = null, Guid? clientTraceId = null, CancellationToken cancellationToken = default)
    {
        var to = targetLanguages.Single();
        var items = new List<TranslatedTextItem>();
        foreach (var text in content)
        {
            if (Compose(Norm(text)) is not { } fresh)
            {
                lock (_gate)
                {
                    _unserved.Add(text);
                }

                throw new TranslatorRequestException(TranslatorFailure.BadRequest, $"no recorded fresh translation for \"{text}\"");
            }

            items.Add(new TranslatedTextItem(null, [new TranslationText(to, fresh)]));
        }

        return Task.FromResult(new TranslatorResponse<IReadOnlyList<TranslatedTextItem>>(items, null, Guid.NewGuid(), null));
    }

    public Task<TranslatorResponse<IReadOnlyList<BreakSentenceItem>>> FindSentenceBoundariesAsync(IEnumerable<string> content, string? language = null, string? script = null, Guid? clientTraceId = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<TranslatorResponse<IReadOnlyList<DictionaryLookupItem>>> LookupDictionaryEntriesAsync(string sourceLanguage, string targetLanguage, IEnumerable<string> words, Guid? clientTraceId = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new TranslatorResponse<IReadOnlyList<DictionaryLookupItem>>([.. words.Select(w => new DictionaryLookupItem(w, w, []))], null, Guid.NewGuid(), null));

    public Task<TranslatorResponse<IReadOnlyList<LanguageDetectionItem>>> DetectLanguageAsync(IEnumerable<string> content, Guid? clientTraceId = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new TranslatorResponse<IReadOnlyList<LanguageDetectionItem>>([.. content.Select(_ => new LanguageDetectionItem("en", 1.0, true, []))], null, Guid.NewGuid(), null));

    /// <summary>The recorded translation of a text, or of the recorded sentences it is made of, in order.</summary>
    private string? Compose(string text)
    {
        if (_fresh.TryGetValue(text, out var whole))
        {
            return whole;
        }

        var parts = new List<string>();
        var at = 0;
        while (at < text.Length)
        {
            var found = _fresh.Keys.Where(k => string.CompareOrdinal(text, at, k, 0, k.Length) == 0 && (at + k.Length == text.Length || text[at + k.Length] == ' '))
                .MaxBy(k => k.Length);
            if (found is null)
            {
                return null;
            }

            parts.Add(_fresh[found]);
            at += found.Length;
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }
        }

        return string.Join(' ', parts);
    }

    private static string Norm(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
