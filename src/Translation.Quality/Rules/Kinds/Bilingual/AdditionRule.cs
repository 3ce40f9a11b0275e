using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// <c>kind: addition</c> — a translation much longer than its source in content words
/// (over <c>maxRatio</c> times the article's own ratio, calibrated per language pair on clean copy, and
/// at least <c>minExtra</c> more words), or a target sentence with no source at all (a 0–1 link of <c>minWords</c> content words
/// or more, so that a dateline such as "LONDON, June 2 (AFP) -" is no addition). With <c>phraseWords</c> set, also a
/// modifier phrase of that many content words that nothing in the source supports (<see cref="AddedPhraseFinder"/>).
/// Quiet on low-confidence links.
/// </summary>
internal sealed class AdditionRule : IRule
{
    private readonly double _maxRatio;
    private readonly int _minExtra;
    private readonly int _minWords;
    private readonly int _phraseWords;
    private readonly PhraseGapOptions _gaps;

    private AdditionRule(RuleInfo info, double maxRatio, int minExtra, int minWords, int phraseWords, PhraseGapOptions gaps)
    {
        _gaps = gaps;
        Info = info;
        _maxRatio = maxRatio;
        _minExtra = minExtra;
        _minWords = minWords;
        _phraseWords = phraseWords;
    }

    public RuleInfo Info { get; }

    public bool NeedsSource => true;

    public void Check(RuleContext context)
    {
        var bilingual = context.Bilingual;
        if (bilingual is null)
        {
            return;
        }

        var expected = ContentRatio.ArticleRatio(context, 1.0);
        foreach (var view in LinkView.All(context))
        {
            if (view.Target is not { } t || view.LowConfidence || view.Untranslated)
            {
                continue;
            }

            var targetWords = BilingualMemo.Of(context).ContentWords(context, source: false, t);
            if (view.Source is not { } s)
            {
                // Beside a 1–0 link this is one sentence the aligner could not pair: measured as a 1–1 against that source.
                if (ContentRatio.SubstitutedSource(context, view.Index) is { } other)
                {
                    var words = BilingualMemo.Of(context).ContentWords(context, source: true, other);
                    if (targetWords - words * expected >= _minExtra && targetWords > _maxRatio * expected * words)
                    {
                        context.Report(t.Start, t.End, $"The translation has {targetWords} content words for the source's {words}: it seems to say more than the source.", Info.Suggestion, bilingual.SpanOf(other));
                    }
                }
                else if (targetWords >= _minWords && !IsDateline(context, t))
                {
                    context.Report(t.Start, t.End, "This sentence has no counterpart in the source.", Info.Suggestion);
                }

                continue;
            }

            var sourceWords = BilingualMemo.Of(context).ContentWords(context, source: true, s);
            // A 2–1 or 1–2 link may have the wrong split: only a gross difference counts there. The glosses a
            // translation adds for readers abroad are no addition.
            var maxRatio = (view.OneToOne ? _maxRatio : _maxRatio * 2) * expected;
            var glossed = targetWords - AgencyGlosses.ContentWords(context.Text, t, context.Article.TargetLanguage);
            if (glossed - sourceWords * expected >= _minExtra && glossed > maxRatio * sourceWords)
            {
                context.Report(t.Start, t.End, $"The translation has {targetWords} content words for the source's {sourceWords}: it seems to say more than the source.", Info.Suggestion, bilingual.SpanOf(s));
                continue;
            }

            // A sentence of the right length may still carry a clause the source never had.
            if (_phraseWords > 0 && view.WideSource is { } wide)
            {
                foreach (var phrase in AddedPhraseFinder.Find(context.Text, t, bilingual.Source, wide, bilingual.SourceLanguage, _phraseWords))
                {
                    context.Report(phrase.Start, phrase.End, $"Nothing in the source supports '{OmissionRule.Short(context.Text[phrase.Start..phrase.End])}'.", Info.Suggestion, bilingual.SpanOf(s));
                }
            }

            // Any run of runWords content words the word links leave unsupported (with runWords set).
            if (_gaps.RunWords > 0)
            {
                foreach (var phrase in PhraseGaps.Added(context, view, _gaps))
                {
                    context.Report(phrase.Start, phrase.End, $"Nothing in the source supports '{OmissionRule.Short(context.Text[phrase.Start..phrase.End])}'.", Info.Suggestion, bilingual.SpanOf(s));
                }
            }
        }
    }

    /// <summary>A dateline on its own, with a country the translation adds ("BILBAO, Spain, Feb. 12, 2027 (EFE) -"): no addition.</summary>
    private static bool IsDateline(RuleContext context, Documents.TextSpan target)
    {
        var analysis = context.Analysis;
        var sentence = analysis.Sentences[analysis.SentenceAt(target.Start)];
        return sentence.End >= target.End && Text.SegmentShape.IsDatelineOrCredit(context.Text, analysis.Tokens, sentence);
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "addition";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            new AdditionRule(info, parameters.Double("maxRatio", 1, 10) ?? 1.3, parameters.Int("minExtra", 1, 100) ?? 3, parameters.Int("minWords", 1, 100) ?? 6, parameters.Int("phraseWords", 0, 20) ?? 0, PhraseGapOptions.Read(parameters));
    }
}
