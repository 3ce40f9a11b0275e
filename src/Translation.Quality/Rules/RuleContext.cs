using System.Runtime.InteropServices;
using Translation.Quality.Alignment;
using Translation.Quality.Documents;
using Translation.Quality.Text;

namespace Translation.Quality.Rules;

/// <summary>What a rule sees of one article, and where it reports. One context per article and rule run.</summary>
public sealed class RuleContext
{
    /// <summary>
    /// Context kept either side of a span when its "sentence" is longer than this: a feed without
    /// full stops is one sentence, and every finding must not carry (and hash) all of it.
    /// </summary>
    internal const int MaxSentenceContext = 500;

    private readonly List<Finding> _findings;
    private readonly string _quote;

    /// <summary>Earlier findings of the running rule by (sentence start, sentence end, text): counted once each, not rescanned.</summary>
    private readonly Dictionary<(int Start, int End, string Text), int> _occurrences = [];
    private IRule? _currentRule;

    /// <param name="quoteText">
    /// The article as read, when rules analyse a normalised copy of it (same length, control characters
    /// blanked): findings quote their text and sentence from it. Null: the analysed text itself.
    /// </param>
    public RuleContext(AnalyzedText analysis, List<Finding> findings, string? quoteText = null)
    {
        if (quoteText is not null && quoteText.Length != analysis.Text.Length)
        {
            throw new ArgumentException("The text to quote must have the analysed text's length, so that offsets fit both.", nameof(quoteText));
        }

        Analysis = analysis;
        _findings = findings;
        _quote = quoteText ?? analysis.Text;
    }

    public AnalyzedText Analysis { get; }

    public string Text => Analysis.Text;

    public Article Article => Analysis.Article;

    /// <summary>The source text aligned to the article, when the feed is bilingual and the align stage ran; else null.</summary>
    public BilingualText? Bilingual { get; init; }

    /// <summary>The Translator's fresh translations of the article's source sentences (verify stage, rule examples); else null.</summary>
    internal IReadOnlyList<FreshTranslation>? FreshTranslations { get; init; }

    /// <summary>The rule currently running; set by the checker before each rule (and again before a retry).</summary>
    public IRule? CurrentRule
    {
        get => _currentRule;
        set
        {
            // Rule ids are unique across packs, so a rule's earlier findings are all from this run.
            _currentRule = value;
            _occurrences.Clear();
        }
    }

    /// <summary>Reports a finding for the current rule over [start, end).</summary>
    /// <param name="source">For bilingual rules: the source span compared against.</param>
    public void Report(int start, int end, string? message = null, string? suggestion = null, SourceSpan? source = null)
    {
        var rule = CurrentRule ?? throw new InvalidOperationException("No rule is running.");
        var text = Text;
        if (start < 0 || end > text.Length || end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Rule {rule.Info.Id} reported an invalid span [{start}, {end}) in a text of {text.Length} characters.");
        }

        // A pattern can match half a surrogate pair; the report could not write that half (UTF-8), so the span takes the whole character.
        if (start > 0 && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1]))
        {
            start--;
        }

        if (end < text.Length && char.IsHighSurrogate(text[end - 1]) && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        var sentenceIndex = Analysis.Sentences.Length == 0 ? -1 : Analysis.SentenceAt(start);
        var (sStart, sEnd) = sentenceIndex < 0 ? (start, end) : (Math.Min(start, Analysis.Sentences[sentenceIndex].Start), Math.Max(end, Analysis.Sentences[sentenceIndex].End));
        var analysed = text.Substring(start, end - start);

        // Same rule, same words, same sentence, earlier: a repeated finding gets its own fingerprint.
        var occurrence = CollectionsMarshal.GetValueRefOrAddDefault(_occurrences, (sStart, sEnd, analysed), out _)++;

        var (wStart, wEnd) = (Math.Max(sStart, start - MaxSentenceContext), Math.Min(sEnd, end + MaxSentenceContext));

        // A window cut into a long sentence must not split a surrogate pair (reports are UTF-8).
        if (wStart > sStart && char.IsLowSurrogate(text[wStart]) && char.IsHighSurrogate(text[wStart - 1]))
        {
            wStart--;
        }

        if (wEnd < sEnd && char.IsHighSurrogate(text[wEnd - 1]) && char.IsLowSurrogate(text[wEnd]))
        {
            wEnd++;
        }

        var sentence = text.AsSpan(wStart, wEnd - wStart);
        var quoted = ReferenceEquals(_quote, text) ? analysed : _quote.Substring(start, end - start);

        _findings.Add(new Finding
        {
            Rule = rule.Info.Id,
            Class = rule.Info.Class,
            Category = rule.Info.Category,
            Severity = rule.Info.Severity,
            Start = start,
            End = end,
            Text = quoted,
            Sentence = _quote.Substring(wStart, wEnd - wStart),
            Message = MessageText.Tidy(message ?? rule.Info.Message),
            Suggestion = suggestion ?? rule.Info.Suggestion,
            Source = source,

            // From the analysed text, as it always was: fingerprints of earlier runs' review decisions still match.
            Fingerprint = Fingerprint.Compute(rule.Info.Id, analysed, sentence, occurrence),
        });
    }
}
