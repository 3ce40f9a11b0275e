using Translation.Quality.Yaml;
using Translation.Quality.Language;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// <c>kind: untranslated-sentence</c> — a target sentence identical or nearly identical to its source:
/// at least <c>minSimilarity</c> of its words (accents and case aside) are the source's, it has
/// <c>minWords</c> words or more, and some of them are the source language's function words (so a
/// line of names, a quotation already in English or a title is not flagged).
/// </summary>
internal sealed class UntranslatedSentenceRule : IRule
{
    private readonly double _minSimilarity;
    private readonly int _minWords;

    private UntranslatedSentenceRule(RuleInfo info, double minSimilarity, int minWords)
    {
        Info = info;
        _minSimilarity = minSimilarity;
        _minWords = minWords;
    }

    public RuleInfo Info { get; }

    public bool NeedsSource => true;

    public void Check(RuleContext context)
    {
        var bilingual = context.Bilingual;
        if (bilingual is null || !FunctionWords.TryGet(bilingual.SourceLanguage, out var sourceFunction))
        {
            return;
        }

        FunctionWords.TryGet(context.Article.TargetLanguage, out var targetFunction);
        foreach (var view in LinkView.All(context))
        {
            if (view.Source is null || view.Target is null)
            {
                continue;
            }

            var source = view.WideSource!.Value;
            var sourceWords = new HashSet<string>(BilingualWords.Words(bilingual.Source, source.Start, source.End).Select(w => BilingualWords.Fold(bilingual.Source.AsSpan(w.Start, w.Length))), StringComparer.Ordinal);
            foreach (var index in view.Link.Target)
            {
                var sentence = context.Analysis.Sentences[index];
                var words = BilingualWords.Words(context.Text, sentence.Start, sentence.End).Select(w => context.Text[w.Start..w.End]).ToList();
                if (words.Count < _minWords)
                {
                    continue;
                }

                var shared = words.Count(w => sourceWords.Contains(BilingualWords.Fold(w)));
                // Lower-case function words: a dateline in capitals ("LAS PALMAS DE GRAN CANARIA") is no sentence left in Spanish.
                var foreign = words.Count(w => char.IsLower(w[0]) && sourceFunction.Contains(w) && !targetFunction.Contains(w));
                if (shared >= _minSimilarity * words.Count && (foreign >= 2 || (foreign == 1 && shared >= 0.9 * words.Count)))
                {
                    context.Report(sentence.Start, sentence.End, "This sentence is the source sentence, not translated.", Info.Suggestion, bilingual.SpanOf(view.Source.Value));
                }
            }
        }
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "untranslated-sentence";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            new UntranslatedSentenceRule(info, parameters.Double("minSimilarity", 0.1, 1) ?? 0.7, parameters.Int("minWords", 1, 100) ?? 4);
    }
}
