using Translation.Quality.Text;

namespace Translation.Quality.Tagging;

/// <summary>
/// Measures a tagger against gold CoNLL-U. The tagger runs on the gold forms (joined by single
/// spaces, one token each), so the figures measure tagging, not tokenisation.
/// </summary>
public static class TaggerEvaluator
{
    public static TaggerEvaluation Evaluate(IPosTagger tagger, string conlluPath) =>
        Evaluate(tagger, ConlluReader.Read(conlluPath));

    public static TaggerEvaluation Evaluate(IPosTagger tagger, IEnumerable<TaggedSentence> sentences)
    {
        var gold = new int[PosTagNames.Count];
        var predicted = new int[PosTagNames.Count];
        var correct = new int[PosTagNames.Count];
        int tokens = 0, right = 0, initial = 0, initialRight = 0;
        var tags = new PosTag[64];
        foreach (var sentence in sentences)
        {
            var (text, goldTokens) = GoldText.Build(sentence.Forms);
            if (tags.Length < goldTokens.Length)
            {
                tags = new PosTag[goldTokens.Length * 2];
            }

            tagger.Tag(text, goldTokens, tags);
            for (var i = 0; i < goldTokens.Length; i++)
            {
                var g = sentence.Tags[i];
                var p = tags[i];
                tokens++;
                gold[(int)g]++;
                predicted[(int)p]++;
                if (g == p)
                {
                    right++;
                    correct[(int)g]++;
                }

                if (char.IsUpper(sentence.Forms[i][0]) && FeatureSet.IsSentenceInitialWord(sentence.Forms, i))
                {
                    initial++;
                    initialRight += g == p ? 1 : 0;
                }
            }
        }

        var perTag = new Dictionary<string, TagScore>();
        for (var t = 0; t < PosTagNames.Count; t++)
        {
            if (gold[t] + predicted[t] > 0)
            {
                perTag[PosTagNames.Name((PosTag)t)] = new TagScore(gold[t], predicted[t], correct[t]);
            }
        }

        var propn = (int)PosTag.PROPN;
        return new TaggerEvaluation(
            tokens,
            Ratio(right, tokens),
            perTag,
            gold[propn],
            Ratio(correct[propn], gold[propn]),
            initial,
            Ratio(initialRight, initial));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
