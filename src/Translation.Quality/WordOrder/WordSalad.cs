namespace Translation.Quality.WordOrder;

/// <summary>
/// Word salad: a long stretch that reads as improbable from the left AND from the right. A swap or
/// a stranded word spoils one or two trigrams, which one move repairs; a scrambled stretch spoils
/// every trigram it touches, so its tokens are unlikely whichever way the model reads them, window
/// after window. Clean copy has single improbable windows (a rare name, a quote), not runs of them
/// that are bad both ways. A candidate is only a salad when a few block moves together make it
/// probable (<see cref="WordOrderScorer"/> checks that): a rare but sound stretch gains nothing
/// from being rearranged.
/// </summary>
internal static class WordSalad
{

    /// <summary>
    /// The next candidate stretch at or after window <paramref name="k"/>: a run of at least
    /// <see cref="WordOrderScoringOptions.SaladRun"/> consecutive windows of
    /// <see cref="WordOrderScoringOptions.SaladWindow"/> tokens whose mean improbability reaches
    /// <see cref="WordOrderScoringOptions.SaladThreshold"/> in both reading directions, with at least a
    /// window's worth of words. <paramref name="k"/> moves past the run.
    /// </summary>
    /// <param name="forward">Per-token improbability given the two tokens before it.</param>
    /// <param name="backward">Per-token improbability given the two tokens after it.</param>
    /// <param name="word">Whether each token is a word (stretches start and end on words).</param>
    public static bool Next(ReadOnlySpan<float> forward, ReadOnlySpan<float> backward, ReadOnlySpan<bool> word, WordOrderScoringOptions options, ref int k, out int from, out int to)
    {
        var n = forward.Length;
        var w = options.SaladWindow;
        while (k + w <= n)
        {
            if (!Bad(forward, backward, k, w, options.SaladThreshold))
            {
                k++;
                continue;
            }

            var a = k;
            while (k + w <= n && Bad(forward, backward, k, w, options.SaladThreshold))
            {
                k++;
            }

            (from, to) = Trim(word, a, k - 1 + w);
            if (k - a >= options.SaladRun && Words(word, from, to) >= options.SaladWindow)
            {
                return true;
            }
        }

        from = to = 0;
        return false;
    }

    /// <summary>Whether window [k, k+w) is improbable both ways: the weaker direction's mean reaches the threshold.</summary>
    private static bool Bad(ReadOnlySpan<float> forward, ReadOnlySpan<float> backward, int k, int w, double threshold)
    {
        double f = 0, b = 0;
        for (var i = k; i < k + w; i++)
        {
            f += forward[i];
            b += backward[i];
        }

        return Math.Min(f, b) / w >= threshold;
    }

    /// <summary>The stretch without marks at either end (a finding starts and ends on a word).</summary>
    private static (int From, int To) Trim(ReadOnlySpan<bool> word, int from, int to)
    {
        while (from < to && !word[from])
        {
            from++;
        }

        while (to > from && !word[to - 1])
        {
            to--;
        }

        return (from, to);
    }

    private static int Words(ReadOnlySpan<bool> word, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            count += word[i] ? 1 : 0;
        }

        return count;
    }
}
