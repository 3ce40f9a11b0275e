using Translation.Quality.Documents;

namespace Translation.Quality.Alignment;

/// <summary>
/// What each source sentence shares with each target sentence whatever the language: numbers, and
/// longer words that are the same word in both (folded, the same first five letters, or cognates that
/// start alike and whose letter pairs mostly agree: "sesión"/"session", "inversores"/"investors"), each source anchor counted
/// once per target sentence. The length aligner gives a link a bonus for them.
/// </summary>
internal sealed class SharedAnchors
{
    /// <summary>Dice similarity of letter pairs at which two longer words count as one cognate.</summary>
    public const double CognateSimilarity = 0.6;

    private const int WordLength = 5;

    private readonly int[,] _shared;

    public SharedAnchors(string source, IReadOnlyList<TextSpan> sourceSentences, string target, IReadOnlyList<TextSpan> targetSentences)
    {
        var s = sourceSentences.Select(x => Anchors(source, x.Start, x.End)).ToList();
        var t = targetSentences.Select(x => Anchors(target, x.Start, x.End)).ToList();
        _shared = new int[s.Count, t.Count];
        for (var i = 0; i < s.Count; i++)
        {
            for (var j = 0; j < t.Count; j++)
            {
                _shared[i, j] = Count(s[i], t[j]);
            }
        }
    }

    /// <summary>Anchors shared by source sentences [sf, sf + sc) and target sentences [tf, tf + tc).</summary>
    public int Between(int sf, int sc, int tf, int tc)
    {
        var shared = 0;
        for (var i = sf; i < sf + sc; i++)
        {
            for (var j = tf; j < tf + tc; j++)
            {
                shared += _shared[i, j];
            }
        }

        return shared;
    }

    /// <summary>Letter-pair (bigram) Dice similarity of two folded words.</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return a == b ? 1 : 0;
        }

        // Each of a's pairs may match one of b's; words are short, so a quadratic scan without allocation.
        Span<bool> used = a.Length <= 64 ? stackalloc bool[a.Length - 1] : new bool[a.Length - 1];
        var common = 0;
        for (var j = 0; j + 1 < b.Length; j++)
        {
            for (var i = 0; i + 1 < a.Length; i++)
            {
                if (!used[i] && a[i] == b[j] && a[i + 1] == b[j + 1])
                {
                    used[i] = true;
                    common++;
                    break;
                }
            }
        }

        return 2.0 * common / (a.Length - 1 + b.Length - 1);
    }

    private static int Count(List<Anchor> source, List<Anchor> target)
    {
        var count = 0;
        foreach (var s in source)
        {
            foreach (var t in target)
            {
                if (s.Number == t.Number && (s.Number ? s.Word == t.Word
                        : s.Word.AsSpan(0, WordLength).SequenceEqual(t.Word.AsSpan(0, WordLength)) || (CanBeCognates(s.Word, t.Word) && Similarity(s.Word, t.Word) >= CognateSimilarity)))
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    /// <summary>
    /// Dice is at most 2·min/(la+lb) over pair counts, so words whose lengths differ too much cannot reach
    /// the threshold; and cognates start alike ("sesión"/"session"), so the first letters must agree.
    /// </summary>
    private static bool CanBeCognates(string a, string b)
    {
        var pa = a.Length - 1;
        var pb = b.Length - 1;
        return a[0] == b[0] && 2.0 * Math.Min(pa, pb) >= CognateSimilarity * (pa + pb);
    }

    private static List<Anchor> Anchors(string text, int start, int end)
    {
        var anchors = new List<Anchor>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            var digits = char.IsDigit(text[i]);
            while (i < end && (digits ? char.IsDigit(text[i]) : char.IsLetter(text[i])))
            {
                i++;
            }

            if (digits)
            {
                var number = text[s..i];
                if (seen.Add(number))
                {
                    anchors.Add(new Anchor(number, true));
                }
            }
            else if (i - s >= WordLength)
            {
                var word = TextFold.Fold(text.AsSpan(s, i - s));
                if (seen.Add(word))
                {
                    anchors.Add(new Anchor(word, false));
                }
            }
        }

        return anchors;
    }

    /// <summary>A number as written, or a folded word of <see cref="WordLength"/> letters or more.</summary>
    private readonly record struct Anchor(string Word, bool Number);
}
