using Moq;
using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Pipeline;
using Translation.Quality.Pipeline.Stages;
using Translation.Quality.Results;
using Translation.Quality.Translator;

namespace Translation.Quality.Tests.Translator;

public sealed class VerifyStageTests
{
    private const string Source = "Le ministre a annoncé mardi un plan d'aide pour les éleveurs.\n\nLes syndicats ont salué une mesure attendue depuis des mois.\n\nLe gouvernement prévoit de réduire les taxes sur le gazole agricole.";
    private const string Wire = "The minister announced on Tuesday an aid plan for the livestock farmers.\n\nThe unions welcomed a measure awaited for months.\n\nThe executive is dreaming of a party at the petrol station in winter.";

    private static readonly Dictionary<string, string> Fresh = new()
    {
        ["Le ministre a annoncé mardi un plan d'aide pour les éleveurs."] = "The minister announced an aid plan for livestock farmers on Tuesday.",
        ["Les syndicats ont salué une mesure attendue depuis des mois."] = "The unions welcomed a measure awaited for months.",
        ["Le gouvernement prévoit de réduire les taxes sur le gazole agricole."] = "The government plans to cut taxes on agricultural diesel.",
    };

    private readonly Mock<ITextTranslationClient> _client = new(MockBehavior.Strict);

    public VerifyStageTests()
    {
        _client.Setup(c => c.TranslateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<IEnumerable<string>>(), It.IsAny<string?>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IEnumerable<string> to, IEnumerable<string> texts, string? _, Guid? _, CancellationToken _) =>
                new TranslatorResponse<IReadOnlyList<TranslatedTextItem>>([.. texts.Select(t => new TranslatedTextItem(null, [new TranslationText("en", Fresh.GetValueOrDefault(t, t))]))], null, Guid.NewGuid(), null));
        _client.Setup(c => c.LookupDictionaryEntriesAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<IEnumerable<string>>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string _, IEnumerable<string> words, Guid? _, CancellationToken _) =>
                new TranslatorResponse<IReadOnlyList<DictionaryLookupItem>>([.. words.Select(w => new DictionaryLookupItem(w, w, []))], null, Guid.NewGuid(), null));
        _client.Setup(c => c.DetectLanguageAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IEnumerable<string> texts, Guid? _, CancellationToken _) =>
                new TranslatorResponse<IReadOnlyList<LanguageDetectionItem>>([.. texts.Select(t => new LanguageDetectionItem(t.Contains("Nous", StringComparison.Ordinal) ? "fr" : "en", 0.95, true, []))], null, Guid.NewGuid(), null));
    }

    private static TranslatorOptions Options(VerifyScope scope = VerifyScope.All, bool required = false) => new()
    {
        Scope = scope,
        Required = required,
        Checks = new VerifyCheckOptions { Language = false, Dictionary = true },
    };

    private static ArticleWork Segmented(string text, string? source = Source, IReadOnlyList<AlignedSegment>? alignment = null)
    {
        var work = new ArticleWork(new Article { Id = "a1", Path = "a1.jsonl:1", SourceLanguage = "fr", TargetLanguage = "en", Text = text, SourceText = source, Alignment = alignment ?? [] });
        new SegmentStage(null, null).Process(work, CancellationToken.None);
        return work;
    }

    private VerifyStage Stage(TranslatorOptions options) => new(new TranslatorService(_client.Object, options), options);

    [Fact]
    public async Task A_sentence_far_below_the_article_norm_is_flagged_with_the_fresh_translation()
    {
        var work = Segmented(Wire);
        await Stage(Options()).ProcessAsync(work, CancellationToken.None);

        var finding = Assert.Single(work.Findings);
        Assert.Equal("mt-divergence", finding.Class);
        Assert.Equal(VerifyStage.DivergenceRule, finding.Rule);
        Assert.Equal("Accuracy/Mistranslation", finding.Category);
        Assert.Equal(Severity.Major, finding.Severity);
        Assert.Equal("The executive is dreaming of a party at the petrol station in winter.", finding.Text);
        Assert.Equal(Wire[finding.Start..finding.End], finding.Text);
        Assert.Equal("The government plans to cut taxes on agricultural diesel.", finding.Suggestion);
        Assert.Contains("Le gouvernement prévoit", finding.Message, StringComparison.Ordinal);
        Assert.Equal(new Verification(true, null), work.Verification);
    }

    [Fact]
    public async Task Xliff_units_align_source_and_target()
    {
        var units = new List<AlignedSegment>();
        var text = string.Empty;
        foreach (var (src, tgt) in Source.Split("\n\n").Zip(Wire.Split("\n\n")))
        {
            text += (text.Length > 0 ? "\n\n" : string.Empty);
            units.Add(new AlignedSegment($"u{units.Count + 1}", text.Length, text.Length + tgt.Length, src));
            text += tgt;
        }

        var work = Segmented(text, Source, units);
        await Stage(Options()).ProcessAsync(work, CancellationToken.None);

        Assert.Equal("The executive is dreaming of a party at the petrol station in winter.", Assert.Single(work.Findings).Text);
    }

    [Fact]
    public async Task A_sentence_much_shorter_than_its_fresh_translation_is_an_omission_on_the_words_around_the_gap()
    {
        var wire = Wire.Replace("The executive is dreaming of a party at the petrol station in winter.", "The government plans cuts.", StringComparison.Ordinal);
        var work = Segmented(wire);
        await Stage(Options()).ProcessAsync(work, CancellationToken.None);

        var omission = Assert.Single(work.Findings);
        Assert.Equal((VerifyStage.OmittedWordsRule, "omission", Severity.Major), (omission.Rule, omission.Class, omission.Severity));
        Assert.Equal("cuts.", omission.Text);
        Assert.Contains("'taxes on agricultural diesel'", omission.Message, StringComparison.Ordinal);
        Assert.Equal("The government plans cuts.", omission.Sentence);
    }

    [Fact]
    public async Task Without_span_checks_the_length_ratio_still_calls_a_short_sentence_an_omission()
    {
        var wire = Wire.Replace("The executive is dreaming of a party at the petrol station in winter.", "The government plans cuts.", StringComparison.Ordinal);
        var work = Segmented(wire);
        var options = Options() with { Checks = new VerifyCheckOptions { Spans = false, Language = false } };
        await Stage(options).ProcessAsync(work, CancellationToken.None);

        Assert.Contains(work.Findings, f => f.Class == "omission" && f.Text == "The government plans cuts." && f.Severity == Severity.Minor);
    }

    [Fact]
    public async Task Out_of_scope_articles_are_marked_not_verified_and_cost_nothing()
    {
        var work = Segmented(Wire);
        await Stage(Options(VerifyScope.Flagged)).ProcessAsync(work, CancellationToken.None);

        Assert.False(work.Verification!.Verified);
        Assert.Contains("not in scope", work.Verification.Reason, StringComparison.Ordinal);
        Assert.Empty(work.Findings);
        _client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_failing_translator_leaves_the_article_unverified_with_the_reason()
    {
        _client.Setup(c => c.TranslateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<IEnumerable<string>>(), It.IsAny<string?>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TranslatorRequestException(TranslatorFailure.Unavailable, "Translator translate: the service is unavailable (HTTP 503)", 503, 503000));
        var work = Segmented(Wire);
        await Stage(Options()).ProcessAsync(work, CancellationToken.None);

        Assert.Equal(new Verification(false, "Translator translate: the service is unavailable (HTTP 503)"), work.Verification);
        var diagnostic = Assert.Single(work.Diagnostics);
        Assert.Equal("TQ401", diagnostic.Code);
        Assert.False(diagnostic.IsError);
    }

    [Fact]
    public async Task When_required_an_unverified_article_is_an_error()
    {
        _client.Setup(c => c.TranslateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<IEnumerable<string>>(), It.IsAny<string?>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TranslatorRequestException(TranslatorFailure.Authentication, "refused", 401, 401000));
        var work = Segmented(Wire);
        await Stage(Options(required: true)).ProcessAsync(work, CancellationToken.None);

        Assert.True(Assert.Single(work.Diagnostics).IsError);
        Assert.False(work.Verification!.Verified);
    }

    [Fact]
    public async Task When_required_an_article_out_of_scope_is_an_error_too()
    {
        var work = Segmented(Wire);
        await Stage(Options(VerifyScope.Flagged, required: true)).ProcessAsync(work, CancellationToken.None);

        Assert.False(work.Verification!.Verified);
        var diagnostic = Assert.Single(work.Diagnostics);
        Assert.Equal("TQ401", diagnostic.Code);
        Assert.True(diagnostic.IsError);
        Assert.Contains("not in scope", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_translation_of_a_sentence_leaves_the_article_unverified()
    {
        _client.Setup(c => c.TranslateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<IEnumerable<string>>(), It.IsAny<string?>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IEnumerable<string> to, IEnumerable<string> texts, string? _, Guid? _, CancellationToken _) =>
                new TranslatorResponse<IReadOnlyList<TranslatedTextItem>>([.. texts.Select((t, i) => new TranslatedTextItem(null, [new TranslationText("en", i == 2 ? string.Empty : Fresh[t])]))], null, Guid.NewGuid(), null));
        var work = Segmented(Wire);
        await Stage(Options(required: true)).ProcessAsync(work, CancellationToken.None);

        Assert.False(work.Verification!.Verified);
        Assert.Contains("empty translation", work.Verification.Reason, StringComparison.Ordinal);
        Assert.True(Assert.Single(work.Diagnostics).IsError);
    }

    [Fact]
    public async Task The_dictionary_dismisses_a_false_friend_it_translates_and_confirms_one_it_does_not()
    {
        _client.Setup(c => c.LookupDictionaryEntriesAsync("fr", "en", It.IsAny<IEnumerable<string>>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string _, IEnumerable<string> words, Guid? _, CancellationToken _) =>
                new TranslatorResponse<IReadOnlyList<DictionaryLookupItem>>([.. words.Select(w => w switch
                {
                    "exceptionnel" => new DictionaryLookupItem(w, w, [new DictionaryTranslation("exceptional", "exceptional", "ADJ", 0.55, string.Empty, []), new DictionaryTranslation("unusual", "unusual", "ADJ", 0.3, string.Empty, [])]),
                    "actuellement" => new DictionaryLookupItem(w, w, [new DictionaryTranslation("currently", "currently", "ADV", 0.7, string.Empty, []), new DictionaryTranslation("now", "now", "ADV", 0.3, string.Empty, [])]),
                    _ => new DictionaryLookupItem(w, w, []),
                })], null, Guid.NewGuid(), null));
        const string text = "He made an exceptional trip to the region. He is actually negotiating with the unions.";
        var work = Segmented(text, source: null);
        work.Findings.Add(FalseFriend(text, "exceptional trip", "'exceptionnel' here means rare or unusual, not outstanding."));
        work.Findings.Add(FalseFriend(text, "actually", "'actuellement' means currently, not 'actually'."));

        await Stage(Options()).ProcessAsync(work, CancellationToken.None);

        var kept = Assert.Single(work.Findings);
        Assert.Equal("actually", kept.Text);
        Assert.Equal("'actuellement' means currently, not 'actually'.", kept.Message);
        Assert.Contains("dictionary gives 'actuellement' → currently, now", Assert.Single(kept.Annotations), StringComparison.Ordinal);
        Assert.Contains(work.Diagnostics, d => d.Code == "TQ402" && d.Message.Contains("'exceptionnel' → 'exceptional'", StringComparison.Ordinal) && !d.IsError);
        Assert.True(work.Verification!.Verified);
    }

    [Fact]
    public async Task A_sentence_the_local_identifier_doubts_is_sent_to_detection()
    {
        const string text = "The talks resumed on Monday in Brussels. Nous ne lâcherons rien face au gouvernement, a dit le syndicat.";
        var work = Segmented(text, source: null);
        var options = Options() with { Checks = new VerifyCheckOptions { Dictionary = false } };

        await Stage(options).ProcessAsync(work, CancellationToken.None);

        var finding = Assert.Single(work.Findings);
        Assert.Equal("untranslated", finding.Class);
        Assert.StartsWith("Nous ne lâcherons", finding.Text, StringComparison.Ordinal);
        Assert.True(work.Verification!.Verified);
    }

    [Fact]
    public void The_sample_is_stable_per_article_id()
    {
        var ids = Enumerable.Range(0, 2000).Select(i => $"article-{i}").ToList();
        var sampled = ids.Count(id => VerifyStage.Sampled(id, 0.1));
        Assert.InRange(sampled, 140, 260);
        Assert.All(ids.Take(50), id => Assert.Equal(VerifyStage.Sampled(id, 0.1), VerifyStage.Sampled(id, 0.1)));
    }

    private static Finding FalseFriend(string text, string flagged, string message)
    {
        var start = text.IndexOf(flagged, StringComparison.Ordinal);
        return new Finding
        {
            Rule = "FR_FALSE_FRIENDS",
            Class = "false-friend",
            Category = "Accuracy/Mistranslation",
            Severity = Severity.Major,
            Start = start,
            End = start + flagged.Length,
            Text = flagged,
            Sentence = text,
            Message = message,
            Fingerprint = flagged,
        };
    }
}
