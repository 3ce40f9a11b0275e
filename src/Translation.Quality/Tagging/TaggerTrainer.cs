using System.Diagnostics;
using System.Globalization;

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
        var tokenCount = sentences.Sum(s => s.Count);
        progress?.Report(Invariant($"{sentences.Count} sentences, {tokenCount} tokens; tag dictionary: {entries.Count} forms"));

        // Token hashes never change between epochs: compute them once.
        var features = new TokenFeatures[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var (text, tokens) = GoldText.Build(sentences[s].Forms);
            features[s] = new TokenFeatures[tokens.Length];
            FeatureSet.Analyze(text, tokens, dictionary, features[s]);
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
                var devEvaluation = TaggerEvaluator.Evaluate(new PerceptronTagger(Finish(perceptron, options.Buckets, entries)), dev);
                line += Invariant($", dev accuracy {devEvaluation.Accuracy:P2}");
            }

            progress?.Report(line + Invariant($" ({clock.Elapsed.TotalSeconds:F1} s)"));
        }

        return Finish(perceptron, options.Buckets, entries);
    }

    private static PerceptronModel Finish(AveragedPerceptron perceptron, int buckets, List<KeyValuePair<string, PosTag>> entries)
    {
        var weights = perceptron.Quantise(out var scale);
        return new PerceptronModel(weights, buckets, scale, entries);
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

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
