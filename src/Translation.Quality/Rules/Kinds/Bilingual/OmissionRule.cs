using Translation.Quality.Yaml;
using Translation.Quality.Documents;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// <c>kind: omission</c> — a translation much shorter than its source in content words
/// (under <c>minRatio</c> times the article's own ratio, at least <c>minMissing</c> words short; only
/// for sources of at least <c>minWords</c> content words; calibrated per language pair on clean copy), or a source sentence with no translation at all (a 1–0 link; the
/// finding sits on the target sentence next to the gap). Quiet on low-confidence links, where a
/// short sentence may only have lost its other half to a neighbour.
/// </summary>
internal sealed class OmissionRule : IRule
{
    private readonly double _minRatio;
    private readonly int _minWords;
    private readonly int _minMissing;
    private readonly int _phraseWords;
    private readonly PhraseGapOptions _gaps;

    private OmissionRule(RuleInfo info, double minRatio, int minWords, int minMissing, int phraseWords, PhraseGapOptions gaps)
    {
        _gaps = gaps;
        _phraseWords = phraseWords;
        Info = info;
        _minRatio = minRatio;
        _minWords = minWords;
        _minMissing = minMissing;
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
            if (view.Source is not { } s || view.LowConfidence || view.Untranslated)
            {
                continue;
            }

            var sourceWords = BilingualMemo.Of(context).ContentWords(context, source: true, s);
            if (view.Target is not { } t)
            {
                // A 1–0 link beside a 0–1 link is one sentence the aligner could not pair: measured as a 1–1.
                if (ContentRatio.Substitute(context, view.Index) is { } substitute)
                {
                    var words = BilingualMemo.Of(context).ContentWords(context, source: false, substitute);
                    if (words < _minRatio * expected * sourceWords)
                    {
                        context.Report(substitute.Start, substitute.End, $"This sentence leaves out most of its source: '{Short(bilingual.Source[s.Start..s.End])}'.", Info.Suggestion, bilingual.SpanOf(s));
                    }
                }
                else if (ContentRatio.AbsorbedByNeighbour(context, view.Index, sourceWords, _minRatio * expected))
                {
                    // The aligner split what the translation merged: a neighbour's translation is long enough for both sources.
                }
                else if (sourceWords >= Math.Max(3, _minWords / 2) && ContentRatio.Neighbour(context, view.Index) is { } near)
                {
                    context.Report(near.Start, near.End, $"A source sentence has no translation: '{Short(bilingual.Source[s.Start..s.End])}'.", Info.Suggestion, bilingual.SpanOf(s));
                }

                continue;
            }

            var targetWords = BilingualMemo.Of(context).ContentWords(context, source: false, t);
            // A 2–1 or 1–2 link may have the wrong split: only a gross difference counts there.
            var minRatio = (view.OneToOne ? _minRatio : _minRatio / 2) * expected;
            if (sourceWords >= _minWords && targetWords < minRatio * sourceWords && sourceWords * expected - targetWords >= _minMissing)
            {
                context.Report(t.Start, t.End, $"The translation has {targetWords} content words for the source's {sourceWords}: part of the source seems left out.", Info.Suggestion, bilingual.SpanOf(s));
                continue;
            }

            // A sentence of the right length may still have lost a clause (with phraseWords set).
            var found = false;
            if (_phraseWords > 0 && view.WideTarget is { } wide)
            {
                foreach (var phrase in OmittedPhraseFinder.Find(bilingual.Source, s, bilingual.SourceLanguage, context.Text, wide, _phraseWords))
                {
                    context.Report(t.Start, t.End, $"Nothing in the translation renders '{Short(bilingual.Source[phrase.Start..phrase.End])}'.", Info.Suggestion, bilingual.SpanOf(phrase));
                    found = true;
                    break;
                }
            }

            // Or a phrase of runWords content words the word links find no rendering of (with runWords set).
            if (_gaps.RunWords > 0 && !found)
            {
                foreach (var (where, phrase) in PhraseGaps.Omitted(context, view, _gaps))
                {
                    context.Report(where.Start, where.End, $"Nothing in the translation renders '{Short(bilingual.Source[phrase.Start..phrase.End])}'.", Info.Suggestion, bilingual.SpanOf(phrase));
                }
            }
        }
    }

    internal static string Short(string text) => text.Length <= 80 ? text : text[..77] + "…";

    public sealed class Kind : IRuleKind
    {
        public string Name => "omission";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            new OmissionRule(info, parameters.Double("minRatio", 0.05, 1) ?? 0.7, parameters.Int("minWords", 1, 100) ?? 6, parameters.Int("minMissing", 1, 100) ?? 3, parameters.Int("phraseWords", 0, 20) ?? 0, PhraseGapOptions.Read(parameters));
    }
}
