using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Results;
using Translation.Quality.Rules;
using Translation.Quality.Text;
using Translation.Quality.Translator;

namespace Translation.Quality.Pipeline.Stages;

/// <summary>
/// Asks Azure Translator about the articles in scope: a fresh translation of each source sentence
/// to catch wire sentences that say something else (mt-divergence) or leave things out or add
/// them (omission, addition); the language of sentences the local identifier is unsure of
/// (untranslated); and the dictionary, to confirm or dismiss false-friend and calque findings.
/// A Translator that is down, refuses the key or has no budget left never stops the run: the
/// article is marked unverified with the reason (an error only when <c>translator.required</c>).
/// </summary>
public sealed class VerifyStage : IAsyncArticleStage, ISkippedStageObserver, IRunSummaryContributor
{
    public const string DivergenceRule = "TRANSLATOR_MT_DIVERGENCE";
    public const string OmissionRule = "TRANSLATOR_OMISSION";
    public const string AdditionRule = "TRANSLATOR_ADDITION";
    public const string UntranslatedRule = "TRANSLATOR_UNTRANSLATED";

    private readonly TranslatorService _translator;
    private readonly TranslatorOptions _options;
    private readonly VerifyCheckOptions _checks;

    public VerifyStage(TranslatorService translator, TranslatorOptions options)
    {
        _translator = translator;
        _options = options;
        _checks = options.Checks;
    }

    public string Name => "verify";

    public void Process(ArticleWork work, CancellationToken cancellationToken) =>
        ProcessAsync(work, cancellationToken).AsTask().GetAwaiter().GetResult();

    public async ValueTask ProcessAsync(ArticleWork work, CancellationToken cancellationToken)
    {
        // Until the checks finish, the article stands unverified: a crash below cannot pass it.
        work.Verification = new Verification(false, "the verify stage did not finish");
        if (!InScope(work, out var skipped))
        {
            work.Verification = new Verification(false, skipped);
            return;
        }

        if (_translator.StoppedReason is { } stopped)
        {
            Unverified(work, stopped);
            return;
        }

        var notes = new List<string>();
        var ran = false;
        try
        {
            var analysis = work.Analysis ?? throw new InvalidOperationException("The verify stage needs the segment stage before it.");
            if ((_checks.Divergence || _checks.Length) && !string.IsNullOrWhiteSpace(work.Article.SourceText))
            {
                ran |= await CompareWithFreshTranslationAsync(work, analysis, notes, cancellationToken).ConfigureAwait(false);
            }

            if (_checks.Language)
            {
                ran |= await CheckLanguagesAsync(work, analysis, cancellationToken).ConfigureAwait(false);
            }

            if (_checks.Dictionary)
            {
                ran |= await CheckDictionaryAsync(work, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (TranslatorRequestException ex)
        {
            // What was found before the failure stands; the article is still unverified.
            SortFindings(work);
            Unverified(work, ex.Message);
            return;
        }

        SortFindings(work);
        work.Verification = ran
            ? new Verification(true, notes.Count == 0 ? null : string.Join("; ", notes))
            : new Verification(false, notes.Count == 0 ? "nothing for the Translator to check: no source text, no sentence of doubtful language, no false friend or calque to look up" : string.Join("; ", notes));
    }

    public void Skipped(ArticleWork work, string failedStage) =>
        work.Verification = new Verification(false, $"not verified: the {failedStage} stage failed first");

    public RunSummary Contribute(RunSummary summary) => summary with { Translator = _translator.Cost };

    private void Unverified(ArticleWork work, string reason)
    {
        work.Verification = new Verification(false, reason);
        work.Diagnostics.Add(new Diagnostic("TQ401", Name, $"not verified by the Translator: {reason}", IsError: _options.Required));
    }

    private bool InScope(ArticleWork work, out string reason)
    {
        reason = string.Empty;
        switch (_options.Scope)
        {
            case VerifyScope.All:
                return true;
            case VerifyScope.Flagged when work.Findings.Count > 0:
                return true;
            case VerifyScope.Flagged:
                reason = "skipped: not in scope (translator.scope is flagged and the rules found nothing)";
                return false;
            default:
                if (Sampled(work.Article.Id, _options.SampleRate))
                {
                    return true;
                }

                reason = string.Create(CultureInfo.InvariantCulture, $"skipped: not in the sample (translator.scope is sample, sampleRate {_options.SampleRate})");
                return false;
        }
    }

    /// <summary>Stable per article id, so reruns sample the same articles (and hit the cache).</summary>
    internal static bool Sampled(string id, double rate)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), hash);
        return BitConverter.ToUInt64(hash) / (double)ulong.MaxValue < rate;
    }

    private async Task<bool> CompareWithFreshTranslationAsync(ArticleWork work, AnalyzedText analysis, List<string> notes, CancellationToken cancellationToken)
    {
        var article = work.Article;
        var pairs = BilingualAligner.Align(article, analysis.Sentences, out var reason);
        if (pairs is null)
        {
            notes.Add(reason!);
            work.Diagnostics.Add(new Diagnostic("TQ403", Name, $"divergence not checked: {reason}", IsError: false));
            return false;
        }

        var sendable = pairs.Where(p => p.Source.Length <= _translator.MaxTranslateCharacters).ToList();
        if (sendable.Count < pairs.Count)
        {
            notes.Add($"{pairs.Count - sendable.Count} source units too long to translate in one request");
        }

        if (sendable.Count == 0)
        {
            return false;
        }

        var fresh = await _translator.TranslateAsync([.. sendable.Select(p => p.Source)], article.SourceLanguage, article.TargetLanguage, cancellationToken).ConfigureAwait(false);
        var scored = new List<(AlignedSentence Pair, string Fresh, string Wire, double ChrF)>();
        for (var i = 0; i < sendable.Count; i++)
        {
            if (fresh[i] is { Length: > 0 } translation)
            {
                var wire = article.Text[sendable[i].TargetStart..sendable[i].TargetEnd];
                scored.Add((sendable[i], translation, wire, ChrF.Score(wire, translation)));
            }
        }

        if (scored.Count == 0)
        {
            return false;
        }

        var norm = Median(scored.Select(s => s.ChrF));
        var lengthNorm = Median(scored.Select(s => (double)s.Wire.Length / s.Fresh.Length));
        foreach (var (pair, translation, wire, chrF) in scored)
        {
            // The fresh translation is the best guess at how long a faithful sentence is. A sentence
            // that lost or gained half its length also scores a low chrF: call it what it is.
            if (_checks.Length && translation.Length >= _checks.MinLengthCharacters)
            {
                var ratio = wire.Length / (double)translation.Length;
                if (ratio < _checks.OmissionRatio)
                {
                    Add(work, pair, OmissionRule, "omission", "Accuracy/Omission", Severity.Minor,
                        string.Create(CultureInfo.InvariantCulture, $"This sentence is {ratio:P0} of the length a translation of its source needs (the article's median is {lengthNorm:P0}): something may be left out. Source: \"{pair.Source}\""),
                        translation);
                    continue;
                }

                if (ratio > _checks.AdditionRatio)
                {
                    Add(work, pair, AdditionRule, "addition", "Accuracy/Addition", Severity.Minor,
                        string.Create(CultureInfo.InvariantCulture, $"This sentence is {ratio:P0} of the length a translation of its source needs (the article's median is {lengthNorm:P0}): it may add what the source does not say. Source: \"{pair.Source}\""),
                        translation);
                    continue;
                }
            }

            var longEnough = Math.Max(wire.Length, translation.Length) >= _checks.MinLengthCharacters;
            if (_checks.Divergence && longEnough && ((chrF < norm * _checks.DivergenceRatio && chrF < _checks.DivergenceCeiling) || chrF < _checks.DivergenceFloor))
            {
                Add(work, pair, DivergenceRule, "mt-divergence", "Accuracy/Mistranslation", Severity.Major,
                    string.Create(CultureInfo.InvariantCulture, $"This sentence says something other than a fresh machine translation of its source (chrF {chrF:0} against the article's median {norm:0}): check it against the source. Source: \"{pair.Source}\""),
                    translation);
            }
        }

        return true;
    }

    private async Task<bool> CheckLanguagesAsync(ArticleWork work, AnalyzedText analysis, CancellationToken cancellationToken)
    {
        var text = work.Article.Text;
        var target = Primary(work.Article.TargetLanguage);
        var doubtful = new List<Sentence>();
        for (var i = 0; i < analysis.Sentences.Length && doubtful.Count < TranslatorLimits.DetectMaxElements; i++)
        {
            var s = analysis.Sentences[i];
            if (s.End - s.Start < _checks.MinLengthCharacters || s.TokenCount < 4)
            {
                continue;
            }

            var local = analysis.LanguageOf(i);
            if (local.Confidence >= _checks.LanguageConfidence)
            {
                continue;
            }

            if (work.Findings.Any(f => f.Class == "untranslated" && f.Start < s.End && s.Start < f.End))
            {
                continue;
            }

            doubtful.Add(s);
        }

        if (doubtful.Count == 0)
        {
            return false;
        }

        var detected = await _translator.DetectAsync([.. doubtful.Select(s => text[s.Start..s.End])], cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < doubtful.Count; i++)
        {
            if (detected[i] is { } d && Primary(d.Language) != target && d.Score >= _checks.DetectionScore)
            {
                var pair = new AlignedSentence(string.Empty, doubtful[i].Start, doubtful[i].End);
                Add(work, pair, UntranslatedRule, "untranslated", "Accuracy/Untranslated", Severity.Major,
                    string.Create(CultureInfo.InvariantCulture, $"The Translator reads this sentence as '{d.Language}' (score {d.Score:0.00}), not '{target}': it may have been left untranslated."),
                    null);
            }
        }

        return true;
    }

    private async Task<bool> CheckDictionaryAsync(ArticleWork work, CancellationToken cancellationToken)
    {
        var candidates = new List<(int Index, string Term)>();
        for (var i = 0; i < work.Findings.Count; i++)
        {
            var f = work.Findings[i];
            if (f.Class is "false-friend" or "calque" && SourceTerm.Of(f, work.Article.SourceText) is { } term)
            {
                candidates.Add((i, term));
            }
        }

        if (candidates.Count == 0)
        {
            return false;
        }

        var entries = await _translator.LookupAsync([.. candidates.Select(c => c.Term)], work.Article.SourceLanguage, work.Article.TargetLanguage, cancellationToken).ConfigureAwait(false);
        var dismissed = new HashSet<int>();
        for (var k = 0; k < candidates.Count; k++)
        {
            var (index, term) = candidates[k];
            if (entries[k] is not { Translations.Count: > 0 } entry)
            {
                continue;
            }

            var finding = work.Findings[index];
            var match = entry.Translations.FirstOrDefault(t => t.Confidence >= _checks.DictionaryConfidence && ContainsWords(finding.Text, t.NormalizedTarget));
            if (match is not null)
            {
                dismissed.Add(index);
                work.Diagnostics.Add(new Diagnostic("TQ402", Name, string.Create(CultureInfo.InvariantCulture,
                    $"dismissed {finding.Rule} on '{finding.Text}' at {finding.Start}: the Translator's dictionary gives '{term}' → '{match.DisplayTarget}' (confidence {match.Confidence:0.00})"), IsError: false));
            }
            else
            {
                var gives = string.Join(", ", entry.Translations.OrderByDescending(t => t.Confidence).Take(4).Select(t => t.DisplayTarget));
                work.Findings[index] = finding with { Message = $"{finding.Message} The Translator's dictionary gives '{term}' → {gives}, not '{finding.Text}'." };
            }
        }

        if (dismissed.Count > 0)
        {
            var kept = work.Findings.Where((_, i) => !dismissed.Contains(i)).ToList();
            work.Findings.Clear();
            work.Findings.AddRange(kept);
        }

        return true;
    }

    /// <summary>Reports list findings in text order; the Translator's were appended after the rules'.</summary>
    private static void SortFindings(ArticleWork work) =>
        work.Findings.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End != b.End ? a.End.CompareTo(b.End) : string.CompareOrdinal(a.Rule, b.Rule));

    private static void Add(ArticleWork work, AlignedSentence pair, string rule, string cls, string category, Severity severity, string message, string? suggestion)
    {
        var text = work.Article.Text[pair.TargetStart..pair.TargetEnd];
        work.Findings.Add(new Finding
        {
            Rule = rule,
            Class = cls,
            Category = category,
            Severity = severity,
            Start = pair.TargetStart,
            End = pair.TargetEnd,
            Text = text,
            Sentence = text,
            Message = message,
            Suggestion = suggestion,
            Fingerprint = Fingerprint.Compute(rule, text, text, 0),
        });
    }

    /// <summary>Whole words of <paramref name="words"/> appear in <paramref name="text"/>, case folded.</summary>
    private static bool ContainsWords(string text, string words) =>
        words.Length > 0 && Regex.IsMatch(text, $@"(?<!\p{{L}}){Regex.Escape(words)}(?!\p{{L}})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static string Primary(string tag) => tag.Split('-', '_')[0].ToLowerInvariant();

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
