using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Language;
using Translation.Quality.Results;
using Translation.Quality.Rules;
using Translation.Quality.Rules.Kinds.Fresh;
using Translation.Quality.Text;
using Translation.Quality.Translator;
using Translation.Quality.Yaml;

namespace Translation.Quality.Pipeline.Stages;

/// <summary>
/// Asks Azure Translator about the articles in scope: a fresh translation of each source sentence
/// to catch wire sentences that say something else (mt-divergence) or leave things out or add
/// them (omission, addition); the language of sentences the local identifier is unsure of
/// (untranslated); and the dictionary, to confirm or dismiss false-friend and calque findings.
/// A Translator that is down, refuses the key or has no budget left never stops the run: the
/// article is marked unverified with the reason (an error only when <c>translator.required</c>).
/// </summary>
internal sealed class VerifyStage : IAsyncArticleStage, ISkippedStageObserver, IRunSummaryContributor
{
    public const string DivergenceRule = "TRANSLATOR_MT_DIVERGENCE";
    public const string OmissionRule = "TRANSLATOR_OMISSION";
    public const string AdditionRule = "TRANSLATOR_ADDITION";
    public const string UntranslatedRule = "TRANSLATOR_UNTRANSLATED";
    public const string AddedWordsRule = "TRANSLATOR_ADDED_WORDS";
    public const string OmittedWordsRule = "TRANSLATOR_OMITTED_WORDS";
    public const string WordOrderRule = "TRANSLATOR_WORD_ORDER";
    public const string MistranslationRule = "TRANSLATOR_MISTRANSLATION";
    public const string NumberRule = "TRANSLATOR_NUMBER_MISMATCH";
    public const string NameRule = "TRANSLATOR_NAME_MISMATCH";

    private readonly TranslatorService _translator;
    private readonly TranslatorOptions _options;
    private readonly VerifyCheckOptions _checks;

    private readonly ISourceSentenceAligner _aligner;
    private readonly RuleSet _rules;

    /// <param name="rules">The loaded packs: their fresh-translation rules (<see cref="IRule.NeedsFreshTranslation"/>) run here. Null: the built-in packs.</param>
    public VerifyStage(TranslatorService translator, TranslatorOptions options, ISourceSentenceAligner? aligner = null, RuleSet? rules = null)
    {
        _translator = translator;
        _options = options;
        _checks = options.Checks;
        _aligner = aligner ?? BilingualAligner.Instance;
        _rules = rules ?? BuiltinRules.Value;
    }

    private static readonly Lazy<RuleSet> BuiltinRules = new(() => new ConfigLoader().LoadRules(builtin: true, [], [], new ConfigErrors()));

    public string Name => "verify";

    /// <summary>Never blocks on the network: the runner awaits <see cref="ProcessAsync"/>.</summary>
    public void Process(ArticleWork work, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The verify stage waits on the Translator: call ProcessAsync.");

    public async ValueTask ProcessAsync(ArticleWork work, CancellationToken cancellationToken)
    {
        await VerifyAsync(work, cancellationToken).ConfigureAwait(false);
        RequireVerified(work);
    }

    /// <summary>With <c>translator.required</c>, an article left unverified for any reason is an error (exit 3), not a pass.</summary>
    private void RequireVerified(ArticleWork work)
    {
        if (_options.Required && work.Verification is { Verified: false } v && !work.Diagnostics.Any(d => d.Code == "TQ401" && d.IsError))
        {
            work.Diagnostics.Add(new Diagnostic("TQ401", Name, $"not verified by the Translator, and translator.required is true: {v.Reason}", IsError: true));
        }
    }

    private async ValueTask VerifyAsync(ArticleWork work, CancellationToken cancellationToken)
    {
        // Until the checks finish, the article stands unverified: a crash below cannot pass it.
        work.Verification = new Verification(false, "the verify stage did not finish");
        if (!VerifyScopes.Includes(_options, work.Article.Id, work.Findings.Count, out var skipped))
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

    public void Skipped(ArticleWork work, string failedStage)
    {
        work.Verification = new Verification(false, $"not verified: the {failedStage} stage failed first");
        RequireVerified(work);
    }

    public RunSummary Contribute(RunSummary summary) => summary with { Translator = _translator.Cost };

    private void Unverified(ArticleWork work, string reason)
    {
        work.Verification = new Verification(false, reason);
        work.Diagnostics.Add(new Diagnostic("TQ401", Name, $"not verified by the Translator: {reason}", IsError: _options.Required));
    }

    /// <summary>Stable per article id, so reruns sample the same articles (and hit the cache).</summary>
    internal static bool Sampled(string id, double rate) => VerifyScopes.Sampled(id, rate);

    private async Task<bool> CompareWithFreshTranslationAsync(ArticleWork work, AnalyzedText analysis, List<string> notes, CancellationToken cancellationToken)
    {
        var article = work.Article;
        // The align stage's links when it ran (the same pairs the bilingual rules compare), else the stage's own.
        var aligner = _aligner is BilingualAligner && work.Bilingual is { } bilingual ? new LinkedSourceAligner(bilingual) : _aligner;
        var pairs = aligner.Align(article, analysis.Sentences, out var reason);
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

        // Span by span first, by the packs' fresh-translation rules: which words are wrong, not only that the sentence scores low.
        IReadOnlyList<FreshTranslation> freshTranslations = [.. scored.Select(s => new FreshTranslation(s.Pair.TargetStart, s.Pair.TargetEnd, s.Pair.Source, s.Fresh))];
        var spanFindings = _checks.Spans ? RunFreshRules(work, analysis, freshTranslations, cancellationToken) : [];
        var comparisons = _checks.Spans ? FreshComparisons.Of(analysis.Text, freshTranslations, work.Bilingual?.SourceLanguage ?? article.SourceLanguage) : null;
        var substitutions = new List<(string Source, SpanDifference Difference)>();
        var norm = Median(scored.Select(s => s.ChrF));
        var lengthNorm = Median(scored.Select(s => (double)s.Wire.Length / s.Fresh.Length));
        for (var k = 0; k < scored.Count; k++)
        {
            var (pair, translation, wire, chrF) = scored[k];

            // Words in the place of other words wait for the dictionary's verdict.
            var open = comparisons?[k].Differences.Where(d => d.Kind == SpanDifferenceKind.Substitution && d.NumberOrName == SpanDifferenceDetail.None).ToList() ?? [];
            substitutions.AddRange(open.Select(d => (pair.Source, d)));

            // The sentence score stays as the summary: it speaks only where no word-level finding did.
            if (spanFindings.Any(f => f.Start < pair.TargetEnd && pair.TargetStart < f.End))
            {
                continue;
            }

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

            // Words the dictionary is still to judge: only a sentence that shares almost nothing with the fresh one diverges as a whole.
            var longEnough = Math.Max(wire.Length, translation.Length) >= _checks.MinLengthCharacters;
            var pending = open.Count > 0;
            if (_checks.Divergence && longEnough && ((!pending && chrF < norm * _checks.DivergenceRatio && chrF < _checks.DivergenceCeiling) || chrF < _checks.DivergenceFloor))
            {
                Add(work, pair, DivergenceRule, "mt-divergence", "Accuracy/Mistranslation", Severity.Major,
                    string.Create(CultureInfo.InvariantCulture, $"This sentence says something other than a fresh machine translation of its source (chrF {chrF:0} against the article's median {norm:0}): check it against the source. Source: \"{pair.Source}\""),
                    translation);
            }
        }

        if (substitutions.Count > 0 && _checks.Dictionary)
        {
            await JudgeSubstitutionsAsync(work, substitutions, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>The packs' fresh-translation rules on the article; their findings join the article's.</summary>
    private List<Finding> RunFreshRules(ArticleWork work, AnalyzedText analysis, IReadOnlyList<FreshTranslation> fresh, CancellationToken cancellationToken)
    {
        var rules = _rules.For(work.Article.SourceLanguage, work.Article.TargetLanguage).Where(r => r.NeedsFreshTranslation).ToList();
        var found = new List<Finding>();
        if (rules.Count == 0)
        {
            return found;
        }

        var context = new RuleContext(analysis, found, work.Article.Text) { Bilingual = work.Bilingual, FreshTranslations = fresh };
        RuleChecker.Run(context, rules, found, work.Diagnostics, cancellationToken);
        work.Findings.AddRange(found);
        return found;
    }

    /// <summary>
    /// A wire word in the place of another fresh word is a mistranslation only on the dictionary's
    /// word: it must know a source word of the sentence that gives the fresh word, and give the wire
    /// word for none. "touchés" → affected, hit: "touched" is flagged, "hit" suggested. A synonym
    /// the dictionary gives is a rewording; a dictionary that knows nothing proves nothing.
    /// </summary>
    private async Task JudgeSubstitutionsAsync(ArticleWork work, List<(string Source, SpanDifference Difference)> substitutions, CancellationToken cancellationToken)
    {
        var article = work.Article;
        var perPair = substitutions.Select(s => (s.Source, s.Difference, Words: SourceContentWords(s.Source, article.SourceLanguage))).ToList();
        var words = perPair.SelectMany(p => p.Words).Distinct(StringComparer.Ordinal).ToList();
        var entries = await _translator.LookupAsync(words, article.SourceLanguage, article.TargetLanguage, cancellationToken).ConfigureAwait(false);
        var dictionary = new Dictionary<string, DictionaryLookupItem>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (entries[i] is { Translations.Count: > 0 } entry)
            {
                dictionary[words[i]] = entry;
            }
        }

        foreach (var (_, d, sourceWords) in perPair)
        {
            var freshStems = Stems(d.Fresh);
            var wireStems = Stems(d.Wire);
            var known = sourceWords.Where(dictionary.ContainsKey).ToList();
            var giving = known.FirstOrDefault(w => dictionary[w].Translations.Any(t => Stems(t.NormalizedTarget).Overlaps(freshStems)));
            if (giving is null || known.Any(w => dictionary[w].Translations.Any(t => Stems(t.NormalizedTarget).Overlaps(wireStems))))
            {
                continue;
            }

            var gives = string.Join(", ", dictionary[giving].Translations.OrderByDescending(t => t.Confidence).Take(4).Select(t => t.DisplayTarget));
            AddAt(work, d.Start, d.End, MistranslationRule, "mistranslation", "Accuracy/Mistranslation", Severity.Major,
                $"'{d.Wire}' is not what the source says: a fresh translation has '{d.Fresh}', and the Translator's dictionary gives '{giving}' → {gives}.", d.Fresh);
        }
    }

    private static HashSet<string> Stems(string words) =>
        [.. SpanComparer.Words(words, 0, words.Length).Where(w => w.IsContent).Select(w => w.Stem)];

    /// <summary>The source's content words worth a dictionary look-up: not function words, not numbers, not too long.</summary>
    private static List<string> SourceContentWords(string source, string language)
    {
        FunctionWords.TryGet(language, out var function);
        return [.. Tokenizer.Tokenize(source)
            .Where(t => t.Kind == TokenKind.Word)
            .Select(t => t.GetText(source).ToLowerInvariant())
            .Select(w => w.Contains('\'') || w.Contains('\u2019') ? w[(w.LastIndexOfAny(['\'', '\u2019']) + 1)..] : w)
            .Where(w => w.Length >= 3 && w.Length <= TranslatorLimits.DictionaryMaxElementCharacters && function?.Contains(w) != true)
            .Distinct(StringComparer.Ordinal)];
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
                work.Findings[index] = finding with { Annotations = [.. finding.Annotations, $"The Translator's dictionary gives '{term}' → {gives}, not '{finding.Text}'."] };
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

    private static void Add(ArticleWork work, AlignedSentence pair, string rule, string cls, string category, Severity severity, string message, string? suggestion) =>
        AddAt(work, pair.TargetStart, pair.TargetEnd, rule, cls, category, severity, message, suggestion);

    private static void AddAt(ArticleWork work, int start, int end, string rule, string cls, string category, Severity severity, string message, string? suggestion)
    {
        var text = work.Article.Text[start..end];
        var sentence = SentenceAround(work, start, end);
        work.Findings.Add(new Finding
        {
            Rule = rule,
            Class = cls,
            Category = category,
            Severity = severity,
            Start = start,
            End = end,
            Text = text,
            Sentence = sentence,
            Message = MessageText.Tidy(message),
            Suggestion = suggestion,
            Fingerprint = Fingerprint.Compute(rule, text, sentence, work.Findings.Count(f => f.Rule == rule && f.Text == text)),
        });
    }

    /// <summary>The sentence (or sentences) the span sits in, as the segment stage split them.</summary>
    private static string SentenceAround(ArticleWork work, int start, int end)
    {
        var sentences = work.Analysis?.Sentences ?? [];
        var from = start;
        var to = end;
        foreach (var s in sentences)
        {
            if (s.Start < end && start < s.End)
            {
                from = Math.Min(from, s.Start);
                to = Math.Max(to, s.End);
            }
        }

        return work.Article.Text[from..to];
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
