using System.Diagnostics;
using System.Globalization;
using Translation.Quality.Text;

namespace Translation.Quality.Tagging;

/// <summary>
/// Trains a <see cref="PerceptronModel"/> from CoNLL-U: a tag dictionary of frequent unambiguous
/// forms, then N epochs of the averaged perceptron over the sentences in a seeded shuffle.
/// Single-threaded and deterministic: same data, options and build give the same model bytes.
/// </summary>
public static class TaggerTrainer
{
    public static PerceptronModel Train(string conlluPath, TaggerTrainingOptions? options = null, IProgress<string>? progress = null)
    {
        options ??= new TaggerTrainingOptions();
        var sentences = ConlluReader.Read(conlluPath).ToList();
        var dev = options.DevConlluPath is { } devPath ? ConlluReader.Read(devPath).ToList() : null;
        return Train(sentences, options, progress, dev);
    }

    /// <param name="sentences">Training sentences.</param>
    /// <param name="options">Training settings (defaults when null).</param>
    /// <param name="progress">Receives one line per stage and per epoch.</param>
    /// <param name="dev">Optional held-out sentences, evaluated after every epoch.</param>
    public static PerceptronModel Train(IReadOnlyList<TaggedSentence> sentences, TaggerTrainingOptions? options = null, IProgress<string>? progress = null, IReadOnlyList<TaggedSentence>? dev = null)
    {
        options ??= new TaggerTrainingOptions();
        if (options.Epochs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Epochs, "Epochs must be at least 1.");
        }

        if (options.Buckets <= 0 || (options.Buckets & (options.Buckets - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Buckets, "Buckets must be a power of two.");
        }

        var clock = Stopwatch.StartNew();
        var entries = BuildDictionary(sentences, options.DictionaryMinCount, options.DictionaryMinRatio);
        var dictionary = new TagDictionary(entries);
        var formCounts = CountForms(sentences);
        var lexicon = BuildLexicon(formCounts, options.LexiconMinCount, options.LexiconMinShare);
        var classes = new WordClasses(lexicon);
        var tokenCount = sentences.Sum(s => s.Count);
        progress?.Report(Invariant($"{sentences.Count} sentences, {tokenCount} tokens; tag dictionary: {entries.Count} forms; lexicon: {lexicon.Count} forms"));

        // Token hashes never change between epochs: compute them once.
        var features = new TokenFeatures[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var (text, tokens) = GoldText.Build(sentences[s].Forms);
            features[s] = new TokenFeatures[tokens.Length];
            FeatureSet.Analyze(text, tokens, dictionary, classes, features[s]);
            if (options.LexiconLeaveOneOut)
            {
                for (var i = 0; i < tokens.Length; i++)
                {
                    var perTag = formCounts[FeatureSet.NormaliseWord(sentences[s].Forms[i])];
                    features[s][i].Classes = LeaveOneOut(perTag, (int)sentences[s].Tags[i], options.LexiconMinCount, options.LexiconMinShare);
                }
            }
        }

        var perceptron = new AveragedPerceptron(options.Buckets);
        var bucketMask = options.Buckets - 1;
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        Span<int> offsets = stackalloc int[FeatureSet.MaxFeatures];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var correct = 0;
            foreach (var s in order)
            {
                var sentenceFeatures = features[s];
                var gold = sentences[s].Tags;
                int prev = -1, prev2 = -1;
                for (var i = 0; i < sentenceFeatures.Length; i++)
                {
                    int guess = sentenceFeatures[i].DictionaryTag;
                    if (guess < 0)
                    {
                        var count = FeatureSet.Extract(sentenceFeatures, i, prev, prev2, bucketMask, offsets);
                        guess = perceptron.Predict(offsets[..count]);
                        perceptron.Update((int)gold[i], guess, offsets[..count]);
                    }

                    if (guess == (int)gold[i])
                    {
                        correct++;
                    }

                    prev2 = prev;
                    prev = guess;
                }
            }

            var line = Invariant($"epoch {epoch}/{options.Epochs}: train accuracy {(double)correct / Math.Max(tokenCount, 1):P2}");
            if (dev is not null && progress is not null)
            {
                var devEvaluation = TaggerEvaluator.Evaluate(new PerceptronTagger(Finish(perceptron, options.Buckets, entries, lexicon)), dev);
                line += Invariant($", dev accuracy {devEvaluation.Accuracy:P2}");
            }

            progress?.Report(line + Invariant($" ({clock.Elapsed.TotalSeconds:F1} s)"));
        }

        return Finish(perceptron, options.Buckets, entries, lexicon);
    }

    private static PerceptronModel Finish(AveragedPerceptron perceptron, int buckets, List<KeyValuePair<string, PosTag>> entries, List<KeyValuePair<string, uint>> lexicon)
    {
        var weights = perceptron.Quantise(out var scale);
        return new PerceptronModel(weights, buckets, scale, entries, lexicon);
    }

    /// <summary>Forms seen often enough with one dominant tag, sorted for a stable file.</summary>
    private static List<KeyValuePair<string, PosTag>> BuildDictionary(IReadOnlyList<TaggedSentence> sentences, int minCount, double minRatio)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Count; i++)
            {
                if (!counts.TryGetValue(sentence.Forms[i], out var perTag))
                {
                    perTag = new int[PosTagNames.Count];
                    counts.Add(sentence.Forms[i], perTag);
                }

                perTag[(int)sentence.Tags[i]]++;
            }
        }

        var entries = new List<KeyValuePair<string, PosTag>>();
        foreach (var (form, perTag) in counts)
        {
            var total = perTag.Sum();
            var best = Array.IndexOf(perTag, perTag.Max());
            if (total >= minCount && perTag[best] >= minRatio * total)
            {
                entries.Add(new(form, (PosTag)best));
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return entries;
    }

    /// <summary>Tag counts per normalised form.</summary>
    private static Dictionary<string, int[]> CountForms(IReadOnlyList<TaggedSentence> sentences)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Count; i++)
            {
                var form = FeatureSet.NormaliseWord(sentence.Forms[i]);
                if (!counts.TryGetValue(form, out var perTag))
                {
                    perTag = new int[PosTagNames.Count];
                    counts.Add(form, perTag);
                }

                perTag[(int)sentence.Tags[i]]++;
            }
        }

        return counts;
    }

    /// <summary>Ambiguity classes of normalised forms, sorted for a stable file.</summary>
    private static List<KeyValuePair<string, uint>> BuildLexicon(Dictionary<string, int[]> counts, int minCount, double minShare)
    {
        var lexicon = new List<KeyValuePair<string, uint>>();
        foreach (var (form, perTag) in counts)
        {
            var mask = ClassesOf(perTag, perTag.Sum(), minCount, minShare);
            if (mask != 0)
            {
                lexicon.Add(new(form, mask));
            }
        }

        lexicon.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return lexicon;
    }

    /// <summary>
    /// A training token's class as if that token had not been counted, so rare words look in
    /// training the way unseen words look when tagging (otherwise the class leaks the gold tag).
    /// </summary>
    private static uint LeaveOneOut(int[] perTag, int tag, int minCount, double minShare)
    {
        perTag[tag]--;
        var mask = ClassesOf(perTag, perTag.Sum(), minCount, minShare);
        perTag[tag]++;
        return mask;
    }

    private static uint ClassesOf(int[] perTag, int total, int minCount, double minShare)
    {
        if (total < minCount)
        {
            return 0;
        }

        var mask = 0u;
        for (var t = 0; t < perTag.Length; t++)
        {
            if (perTag[t] > 0 && perTag[t] >= minShare * total)
            {
                mask |= 1u << t;
            }
        }

        return mask;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
