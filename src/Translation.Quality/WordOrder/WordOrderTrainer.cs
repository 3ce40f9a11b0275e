using Translation.Quality.Tagging;

namespace Translation.Quality.WordOrder;

/// <summary>
/// Counts the word-unit and POS-tag trigrams of gold CoNLL-U treebanks into a
/// <see cref="WordOrderModel"/>. Deterministic: the same files give the same model.
/// </summary>
public static class WordOrderTrainer
{
    public static WordOrderModel Train(IReadOnlyList<string> conlluPaths, WordOrderTrainingOptions options, IProgress<string>? progress = null)
    {
        var sentences = conlluPaths.SelectMany(ConlluReader.Read).ToList();
        return Train(sentences, options, progress);
    }

    public static WordOrderModel Train(IReadOnlyList<TaggedSentence> sentences, WordOrderTrainingOptions options, IProgress<string>? progress = null)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            foreach (var form in s.Forms)
            {
                var word = FeatureSet.NormaliseWord(form);
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        var vocabulary = frequency.Where(kv => kv.Value >= options.MinWordCount)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key).ToList();
        if (WordOrderModel.FirstWord + vocabulary.Count > ushort.MaxValue)
        {
            vocabulary.RemoveRange(ushort.MaxValue - WordOrderModel.FirstWord, vocabulary.Count - (ushort.MaxValue - WordOrderModel.FirstWord));
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++)
        {
            ids[vocabulary[i]] = WordOrderModel.FirstWord + i;
        }

        var units = new Counter(WordOrderModel.FirstWord + vocabulary.Count);
        var tags = new Counter(WordOrderModel.FirstClass + PosTagNames.Count);
        var unitSequence = new List<int>();
        var tagSequence = new List<int>();
        long tokens = 0;
        foreach (var s in sentences)
        {
            unitSequence.Clear();
            tagSequence.Clear();
            for (var i = 0; i < s.Count; i++)
            {
                var form = s.Forms[i];
                var tag = s.Tags[i];
                unitSequence.Add(ids.TryGetValue(FeatureSet.NormaliseWord(form), out var id)
                    ? id
                    : WordOrderModel.FirstClass + ((int)tag * 2) + (char.IsUpper(form[0]) ? 1 : 0));
                tagSequence.Add(WordOrderModel.TagSymbol(tag));
            }

            units.Add(unitSequence);
            tags.Add(tagSequence);
            tokens += s.Count;
        }

        progress?.Report($"{sentences.Count} sentences, {tokens} tokens, {vocabulary.Count} word units; {units.Trigrams.Count} unit trigrams, {tags.Trigrams.Count} tag trigrams");
        return new WordOrderModel(vocabulary, units.Build(), tags.Build());
    }

    /// <summary>Counts the n-grams of padded sequences: BOS BOS s… EOS EOS.</summary>
    private sealed class Counter(int symbols)
    {
        private readonly int[] _unigrams = new int[symbols];

        public Dictionary<ulong, int> Bigrams { get; } = [];

        public Dictionary<ulong, int> Trigrams { get; } = [];

        public void Add(List<int> sequence)
        {
            var padded = new int[sequence.Count + 4];
            padded[0] = padded[1] = WordOrderModel.Bos;
            sequence.CopyTo(padded, 2);
            padded[^1] = padded[^2] = WordOrderModel.Eos;
            for (var i = 0; i < padded.Length; i++)
            {
                _unigrams[padded[i]]++;
                if (i + 1 < padded.Length)
                {
                    var b = NgramModel.Pack(padded[i], padded[i + 1]);
                    Bigrams[b] = Bigrams.GetValueOrDefault(b) + 1;
                }

                if (i + 2 < padded.Length)
                {
                    var t = NgramModel.Pack(padded[i], padded[i + 1], padded[i + 2]);
                    Trigrams[t] = Trigrams.GetValueOrDefault(t) + 1;
                }
            }
        }

        public NgramModel Build() => new(symbols, _unigrams, [.. Bigrams.Select(kv => (kv.Key, kv.Value))], [.. Trigrams.Select(kv => (kv.Key, kv.Value))]);
    }
}
