namespace Translation.Quality.Translator;

/// <summary>
/// chrF (Popović 2015): the F-score of character n-grams, n = 1..6, recall weighted by β = 2,
/// precision and recall averaged over the orders. Whitespace is dropped and case folded: two
/// translations of one source that differ only in spacing or capitals score 100.
/// </summary>
public static class ChrF
{
    public const int MaxOrder = 6;

    public const double Beta = 2;

    /// <summary>0–100: how much of <paramref name="reference"/> the <paramref name="hypothesis"/> shares.</summary>
    public static double Score(string hypothesis, string reference)
    {
        var hyp = Fold(hypothesis);
        var refText = Fold(reference);
        if (hyp.Length == 0 && refText.Length == 0)
        {
            return 100;
        }

        if (hyp.Length == 0 || refText.Length == 0)
        {
            return 0;
        }

        double precision = 0, recall = 0;
        var orders = 0;
        for (var n = 1; n <= MaxOrder; n++)
        {
            if (hyp.Length < n || refText.Length < n)
            {
                break;
            }

            var refCounts = Counts(refText, n);
            var matches = 0;
            foreach (var (gram, count) in Counts(hyp, n))
            {
                if (refCounts.TryGetValue(gram, out var r))
                {
                    matches += Math.Min(count, r);
                }
            }

            precision += (double)matches / (hyp.Length - n + 1);
            recall += (double)matches / (refText.Length - n + 1);
            orders++;
        }

        precision /= orders;
        recall /= orders;
        if (precision + recall == 0)
        {
            return 0;
        }

        var b2 = Beta * Beta;
        return 100 * (1 + b2) * precision * recall / ((b2 * precision) + recall);
    }

    private static string Fold(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, n);
    }

    private static Dictionary<string, int> Counts(string text, int n)
    {
        var counts = new Dictionary<string, int>(text.Length, StringComparer.Ordinal);
        for (var i = 0; i + n <= text.Length; i++)
        {
            var gram = text.Substring(i, n);
            counts[gram] = counts.TryGetValue(gram, out var c) ? c + 1 : 1;
        }

        return counts;
    }
}
