using Translation.Quality.Tagging;
using Translation.Quality.Text;

namespace Translation.Quality.WordOrder;

/// <summary>
/// Measures a word-order scorer on gold sentences: every issue on a clean sentence is a false
/// alarm; then each sentence is corrupted once per defect type (neighbour swap, stranded
/// determiner or preposition, adjective after its noun, five words scrambled) and an issue
/// overlapping the corruption is a detection. Corruptions use a fixed seed, so runs compare.
/// </summary>
public static class WordOrderEvaluator
{
    public static readonly string[] DefectTypes = ["swap", "stranded", "adjective-after-noun", "salad"];

    public static WordOrderEvaluation Evaluate(WordOrderScorer scorer, IPosTagger tagger, IEnumerable<TaggedSentence> sentences, int seed = 20261201, Action<string>? falseAlarm = null)
    {
        var random = new Random(seed);
        var recall = DefectTypes.ToDictionary(t => t, _ => (Cases: 0, Detected: 0), StringComparer.Ordinal);
        var issues = new List<WordOrderIssue>();
        int count = 0, falseAlarms = 0;
        long tokens = 0;
        double scoreSum = 0;
        foreach (var sentence in sentences)
        {
            count++;
            tokens += sentence.Count;
            issues.Clear();
            scoreSum += Run(scorer, tagger, sentence.Forms, issues);
            falseAlarms += issues.Count;
            foreach (var issue in issues)
            {
                falseAlarm?.Invoke(Describe(sentence.Forms, issue));
            }

            foreach (var type in DefectTypes)
            {
                var (forms, from, to) = Corrupt(sentence, type, random);
                if (forms is null)
                {
                    continue;
                }

                issues.Clear();
                Run(scorer, tagger, forms, issues);
                var hit = issues.Any(i => i.Start < to && from < i.End);
                var r = recall[type];
                recall[type] = (r.Cases + 1, r.Detected + (hit ? 1 : 0));
            }
        }

        return new WordOrderEvaluation(
            count,
            tokens,
            falseAlarms,
            recall.ToDictionary(kv => kv.Key, kv => new WordOrderRecall(kv.Value.Cases, kv.Value.Detected), StringComparer.Ordinal),
            count == 0 ? 0 : scoreSum / count);
    }

    /// <summary>Scores gold forms as one line of text, tagged by <paramref name="tagger"/> as the checker would.</summary>
    private static double Run(WordOrderScorer scorer, IPosTagger tagger, string[] forms, List<WordOrderIssue> issues)
    {
        var text = string.Join(' ', forms);
        var tokens = new Token[forms.Length];
        var barrier = new bool[forms.Length];
        var offset = 0;
        for (var i = 0; i < forms.Length; i++)
        {
            var punctuation = forms[i].All(c => !char.IsLetterOrDigit(c));
            tokens[i] = new Token(offset, offset + forms[i].Length, punctuation ? TokenKind.Punctuation : TokenKind.Word, TokenShape.Lower);
            offset += forms[i].Length + 1;
        }

        var tags = new PosTag[forms.Length];
        tagger.Tag(text, tokens, tags);
        WordOrderScorer.MarkBarriers(text, tokens, tags, barrier);

        return scorer.Analyze(text, tokens, tags, barrier, issues);
    }

    /// <summary>One synthetic defect of <paramref name="type"/>, or null when the sentence has no place for it.</summary>
    private static (string[]? Forms, int From, int To) Corrupt(TaggedSentence s, string type, Random random)
    {
        var n = s.Count;
        bool Word(int i) => i >= 0 && i < n && s.Forms[i].Any(char.IsLetterOrDigit);
        var candidates = new List<int>();
        switch (type)
        {
            case "swap":
                for (var i = 0; i + 1 < n; i++)
                {
                    if (Word(i) && Word(i + 1) && !s.Forms[i].Equals(s.Forms[i + 1], StringComparison.OrdinalIgnoreCase)
                        && !(s.Tags[i] == PosTag.PROPN && s.Tags[i + 1] == PosTag.PROPN))
                    {
                        candidates.Add(i);
                    }
                }

                return Pick(candidates, random) is int sw ? (Swap(s.Forms, sw, sw + 1), sw, sw + 2) : (null, 0, 0);
            case "stranded":
                for (var i = 0; i + 2 < n; i++)
                {
                    if (s.Tags[i] is PosTag.DET or PosTag.ADP && Word(i + 1) && Word(i + 2))
                    {
                        candidates.Add(i);
                    }
                }

                if (Pick(candidates, random) is not int st)
                {
                    return (null, 0, 0);
                }

                var stranded = (string[])s.Forms.Clone();
                (stranded[st], stranded[st + 1], stranded[st + 2]) = (s.Forms[st + 1], s.Forms[st + 2], s.Forms[st]);
                return (stranded, st, st + 3);
            case "adjective-after-noun":
                for (var i = 0; i + 1 < n; i++)
                {
                    if (s.Tags[i] == PosTag.ADJ && s.Tags[i + 1] == PosTag.NOUN)
                    {
                        candidates.Add(i);
                    }
                }

                return Pick(candidates, random) is int adj ? (Swap(s.Forms, adj, adj + 1), adj, adj + 2) : (null, 0, 0);
            default:
                for (var i = 0; i + 5 <= n; i++)
                {
                    if (Enumerable.Range(i, 5).All(Word))
                    {
                        candidates.Add(i);
                    }
                }

                if (Pick(candidates, random) is not int sa)
                {
                    return (null, 0, 0);
                }

                var salad = (string[])s.Forms.Clone();
                var original = s.Forms.AsSpan(sa, 5).ToArray();
                for (var attempt = 0; attempt < 10 && salad.AsSpan(sa, 5).SequenceEqual(original); attempt++)
                {
                    random.Shuffle(salad.AsSpan(sa, 5));
                }

                return (salad, sa, sa + 5);
        }
    }

    /// <summary>The sentence with the issue's stretch in brackets, and the move that repairs it.</summary>
    public static string Describe(string[] forms, WordOrderIssue issue)
    {
        var marked = forms.Select((f, i) => (i == issue.Start ? "[[" : string.Empty) + f + (i == issue.End - 1 ? "]]" : string.Empty));
        var line = string.Join(' ', marked) + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  ({issue.Score:F1})");
        return issue.HasMove ? line + "  → " + string.Join(' ', WordOrderScorer.Rearranged(forms.Length, issue)[issue.Start..issue.End].Select(i => forms[i])) : line;
    }

    private static int? Pick(List<int> candidates, Random random) => candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];

    private static string[] Swap(string[] forms, int a, int b)
    {
        var copy = (string[])forms.Clone();
        (copy[a], copy[b]) = (copy[b], copy[a]);
        return copy;
    }
}
