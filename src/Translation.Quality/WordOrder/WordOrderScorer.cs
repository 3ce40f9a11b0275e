using System.Buffers;
using Translation.Quality.Text;

namespace Translation.Quality.WordOrder;

/// <summary>
/// Scores a sentence's word order with <see cref="WordOrderModel"/>: each token's improbability in
/// both directions (log-probability in context against the word's own frequency, so rare words are
/// not suspicious for being rare), the mean over local windows, and, where a window is improbable,
/// a search for the one block move that makes it probable ("voters their" → "their voters").
/// Works in stack buffers: nothing is allocated per token.
/// </summary>
public sealed class WordOrderScorer
{
    private const int StackTokens = 128;

    /// <summary>Move-search runs remembered per sentence for the salad check (more are simply searched again).</summary>
    private const int SearchedRuns = 16;

    private readonly WordOrderModel _model;
    private readonly NgramModel _units;
    private readonly NgramModel _tags;
    private readonly WordOrderScoringOptions _options;

    public WordOrderScorer(WordOrderModel model, WordOrderScoringOptions options)
    {
        _model = model;
        _units = model.Units;
        _tags = model.Tags;
        _options = options;
    }

    public WordOrderScoringOptions Options => _options;

    /// <summary>
    /// Scores one sentence and adds its improbable stretches to <paramref name="issues"/> (sentence-relative token indices).
    /// <paramref name="barrier"/> marks tokens no move may cross or carry (punctuation, quotes).
    /// </summary>
    /// <returns>The sentence's word-order score: its worst window's mean improbability (0 for an empty sentence).</returns>
    public double Analyze(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<PosTag> tags, ReadOnlySpan<bool> barrier, List<WordOrderIssue>? issues)
    {
        var n = tokens.Length;
        if (n == 0)
        {
            return 0;
        }

        int[]? rentedInts = null;
        float[]? rentedFloats = null;
        double[]? rentedDoubles = null;
        var ints = n + 4 <= StackTokens ? stackalloc int[2 * (n + 4)] : (rentedInts = ArrayPool<int>.Shared.Rent(2 * (n + 4))).AsSpan(0, 2 * (n + 4));
        var floats = n <= StackTokens ? stackalloc float[3 * n] : (rentedFloats = ArrayPool<float>.Shared.Rent(3 * n)).AsSpan(0, 3 * n);
        var doubles = n + 4 <= StackTokens ? stackalloc double[4 * (n + 4)] : (rentedDoubles = ArrayPool<double>.Shared.Rent(4 * (n + 4))).AsSpan(0, 4 * (n + 4));
        var surprisal = floats[..n];
        var forward = floats.Slice(n, n);
        var backward = floats.Slice(2 * n, n);
        try
        {
            var units = ints[..(n + 4)];
            var tagSymbols = ints[(n + 4)..];
            units[0] = units[1] = tagSymbols[0] = tagSymbols[1] = WordOrderModel.Bos;
            units[n + 2] = units[n + 3] = tagSymbols[n + 2] = tagSymbols[n + 3] = WordOrderModel.Eos;
            for (var i = 0; i < n; i++)
            {
                units[i + 2] = _model.Unit(tokens[i].Slice(text), tags[i]);
                tagSymbols[i + 2] = WordOrderModel.TagSymbol(tags[i]);
            }

            var terms = new TrigramTerms(doubles, n + 4);
            Surprisal(units, tagSymbols, terms, surprisal, forward, backward);
            var score = WorstWindow(surprisal, out _);
            if (issues is not null)
            {
                // The searches ask for the log-probability of the sentence as written again and again:
                // with the end terms added, every one of those terms is now read from the table.
                CompleteTerms(units, tagSymbols, terms);

                // The runs the move search has covered, with the best gain it found in each.
                Span<(int From, int To, double Gain)> searched = stackalloc (int, int, double)[SearchedRuns];
                var searchedCount = 0;
                if (score >= _options.SearchGate)
                {
                    FindIssues(units, tagSymbols, terms, barrier, surprisal, issues, searched, ref searchedCount);
                }

                FindSwaps(units, tagSymbols, terms, barrier, issues);
                if (score >= _options.SaladThreshold)
                {
                    Span<bool> word = n <= StackTokens ? stackalloc bool[n] : new bool[n];
                    for (var i = 0; i < n; i++)
                    {
                        word[i] = tokens[i].Kind == TokenKind.Word;
                    }

                    FindSalads(units, tagSymbols, terms, barrier, forward, backward, word, issues, searched[..searchedCount]);
                }
            }

            return score;
        }
        finally
        {
            if (rentedInts is not null)
            {
                ArrayPool<int>.Shared.Return(rentedInts);
            }

            if (rentedFloats is not null)
            {
                ArrayPool<float>.Shared.Return(rentedFloats);
            }

            if (rentedDoubles is not null)
            {
                ArrayPool<double>.Shared.Return(rentedDoubles);
            }
        }
    }

    /// <summary>
    /// What swapping two neighbouring blocks gains in log-probability (nats, both directions, local terms
    /// only): the left block [start, start+left) and the right block after it, of <paramref name="right"/>
    /// tokens. Positive when the swapped order is the more probable English. Used where another signal (a
    /// fresh translation) proposes the swap and the model is asked whether it repairs the sentence.
    /// </summary>
    internal double SwapGain(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<PosTag> tags, int start, int left, int right)
    {
        var n = tokens.Length;
        var rented = n + 4 <= StackTokens ? null : ArrayPool<int>.Shared.Rent(2 * (n + 4));
        var ints = rented is null ? stackalloc int[2 * (n + 4)] : rented.AsSpan(0, 2 * (n + 4));
        try
        {
            var units = ints[..(n + 4)];
            var tagSymbols = ints[(n + 4)..];
            units[0] = units[1] = tagSymbols[0] = tagSymbols[1] = WordOrderModel.Bos;
            units[n + 2] = units[n + 3] = tagSymbols[n + 2] = tagSymbols[n + 3] = WordOrderModel.Eos;
            for (var i = 0; i < n; i++)
            {
                units[i + 2] = _model.Unit(tokens[i].Slice(text), tags[i]);
                tagSymbols[i + 2] = WordOrderModel.TagSymbol(tags[i]);
            }

            var hi = start + left + right;
            var before = LocalLogProbability(units, tagSymbols, start, hi);
            Move(units, tagSymbols, start, left, right);
            return LocalLogProbability(units, tagSymbols, start, hi) - before;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Per-token improbability over padded symbol arrays (two BOS before, two EOS after): read
    /// forwards, backwards, and their mean. The trigram log-probabilities it reads are kept in
    /// <paramref name="terms"/> for the searches.
    /// </summary>
    private void Surprisal(ReadOnlySpan<int> units, ReadOnlySpan<int> tags, TrigramTerms terms, Span<float> output, Span<float> forward, Span<float> backward)
    {
        var w = _options.TagWeight;
        for (var i = 0; i < output.Length; i++)
        {
            var j = i + 2;
            var uu = _units.LogUnigram(units[j]);
            var tu = _tags.LogUnigram(tags[j]);
            var fu = terms.UnitForward[j] = _units.LogForward(units[j - 2], units[j - 1], units[j]);
            var ft = terms.TagForward[j] = _tags.LogForward(tags[j - 2], tags[j - 1], tags[j]);
            var bu = terms.UnitBackward[j] = _units.LogBackward(units[j], units[j + 1], units[j + 2]);
            var bt = terms.TagBackward[j] = _tags.LogBackward(tags[j], tags[j + 1], tags[j + 2]);
            var f = fu - uu + (w * (ft - tu));
            var b = bu - uu + (w * (bt - tu));
            forward[i] = (float)-f;
            backward[i] = (float)-b;
            output[i] = (float)-((f + b) / 2);
        }
    }

    /// <summary>The terms <see cref="Surprisal"/> does not read: predicting the end markers forwards and the start markers backwards.</summary>
    private void CompleteTerms(ReadOnlySpan<int> units, ReadOnlySpan<int> tags, TrigramTerms terms)
    {
        var last = units.Length - 1;
        for (var j = last - 1; j <= last; j++)
        {
            terms.UnitForward[j] = _units.LogForward(units[j - 2], units[j - 1], units[j]);
            terms.TagForward[j] = _tags.LogForward(tags[j - 2], tags[j - 1], tags[j]);
        }

        for (var j = 0; j <= 1; j++)
        {
            terms.UnitBackward[j] = _units.LogBackward(units[j], units[j + 1], units[j + 2]);
            terms.TagBackward[j] = _tags.LogBackward(tags[j], tags[j + 1], tags[j + 2]);
        }
    }

    private double WorstWindow(ReadOnlySpan<float> surprisal, out int at)
    {
        var w = Math.Min(_options.Window, surprisal.Length);
        double sum = 0;
        for (var i = 0; i < w; i++)
        {
            sum += surprisal[i];
        }

        var best = sum;
        at = 0;
        for (var i = w; i < surprisal.Length; i++)
        {
            sum += surprisal[i] - surprisal[i - w];
            if (sum > best)
            {
                best = sum;
                at = i - w + 1;
            }
        }

        return best / w;
    }

    private void FindIssues(Span<int> units, Span<int> tags, TrigramTerms terms, ReadOnlySpan<bool> barrier, ReadOnlySpan<float> surprisal, List<WordOrderIssue> issues, Span<(int From, int To, double Gain)> searched, ref int searchedCount)
    {
        var n = surprisal.Length;
        var w = Math.Min(_options.Window, n);
        var k = 0;
        while (k <= n - w)
        {
            if (WindowMean(surprisal, k, w) < _options.SearchGate)
            {
                k++;
                continue;
            }

            // A run of suspicious windows: tokens [a, b).
            var a = k;
            var worst = 0.0;
            while (k <= n - w && WindowMean(surprisal, k, w) >= _options.SearchGate)
            {
                worst = Math.Max(worst, WindowMean(surprisal, k, w));
                k++;
            }

            var b = k - 1 + w;
            var (delta, start, length, by) = BestMove(units, tags, terms, barrier, a, b);
            if (searchedCount < searched.Length)
            {
                searched[searchedCount++] = (a, b, delta);
            }
            if (delta >= _options.MoveThreshold)
            {
                var lo = Math.Min(start, start + by);
                var hi = Math.Max(start + length, start + length + by);
                if (!Overlaps(issues, lo, hi))
                {
                    issues.Add(new WordOrderIssue(lo, hi, delta, start, length, by));
                }
            }
            else if (worst >= _options.StretchThreshold)
            {
                var (from, to) = StretchOf(surprisal, a, b, w);
                if (!Overlaps(issues, from, to))
                {
                    issues.Add(new WordOrderIssue(from, to, worst, 0, 0, 0));
                }
            }
        }
    }

    /// <summary>
    /// Word salad: each stretch improbable read both ways (<see cref="WordSalad"/>) that no issue
    /// covers yet is unscrambled greedily, best block move first, up to
    /// <see cref="WordOrderScoringOptions.SaladMoves"/> moves; when together they gain
    /// <see cref="WordOrderScoringOptions.SaladGain"/> nats the stretch is a salad. Sound but rare
    /// copy (names, quotes, jargon) is improbable too, but no rearrangement makes it likelier.
    /// </summary>
    /// <remarks>
    /// A candidate inside a run the move search already covered is skipped when that run's best move
    /// fell short of its share of <see cref="WordOrderScoringOptions.SaladGain"/>: moves touching the
    /// candidate are among the run's, so none of them gains more, and the first move would stop the search.
    /// </remarks>
    private void FindSalads(Span<int> units, Span<int> tags, TrigramTerms terms, ReadOnlySpan<bool> barrier, ReadOnlySpan<float> forward, ReadOnlySpan<float> backward, ReadOnlySpan<bool> word, List<WordOrderIssue> issues, ReadOnlySpan<(int From, int To, double Gain)> searched)
    {
        Span<(int Start, int Length, int By)> done = stackalloc (int, int, int)[Math.Max(1, _options.SaladMoves)];
        var k = 0;
        while (WordSalad.Next(forward, backward, word, _options, ref k, out var from, out var to))
        {
            if (Overlaps(issues, from, to) || Hopeless(searched, from, to))
            {
                continue;
            }

            var gain = 0.0;
            var (lo, hi) = (from, to);
            var moves = 0;
            for (; moves < _options.SaladMoves; moves++)
            {
                // Best-first moves gain less and less, so a first move short of its share of the
                // total cannot lead to a salad: stop before paying for the other searches.
                // Only the first search sees the sentence as written; later ones follow earlier moves.
                var (delta, start, length, by) = BestMove(units, tags, moves == 0 ? terms : default, barrier, from, to);
                if (delta <= 0 || (moves == 0 && delta * _options.SaladMoves < _options.SaladGain))
                {
                    break;
                }

                Move(units, tags, start, length, by);
                done[moves] = (start, length, by);
                gain += delta;
                lo = Math.Min(lo, Math.Min(start, start + by));
                hi = Math.Max(hi, Math.Max(start + length, start + length + by));
            }

            for (var m = moves - 1; m >= 0; m--)
            {
                Undo(units, tags, done[m].Start, done[m].Length, done[m].By);
            }

            if (gain >= _options.SaladGain && !Overlaps(issues, lo, hi))
            {
                issues.Add(new WordOrderIssue(lo, hi, gain, 0, 0, 0) { Salad = true });
            }
        }
    }

    private bool Hopeless(ReadOnlySpan<(int From, int To, double Gain)> searched, int from, int to)
    {
        foreach (var run in searched)
        {
            if (run.From <= from && to <= run.To && run.Gain * _options.SaladMoves < _options.SaladGain)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every neighbouring pair, whatever its window's score: swapping two words back is the
    /// commonest repair and costs a dozen lookups, so it is not left to the gate.
    /// </summary>
    private void FindSwaps(Span<int> units, Span<int> tags, TrigramTerms terms, ReadOnlySpan<bool> barrier, List<WordOrderIssue> issues)
    {
        var n = barrier.Length;
        for (var i = 0; i + 1 < n; i++)
        {
            if (barrier[i] || barrier[i + 1] || units[i + 2] == units[i + 3] || Overlaps(issues, i, i + 2) || EndsInEllipsis(tags, barrier, i + 2))
            {
                continue;
            }

            var before = WrittenLogProbability(terms, i, i + 2);
            Move(units, tags, i, 1, 1);
            var reaches = LocalLogProbabilityReaches(units, tags, i, i + 2, before + _options.SwapThreshold, out var after);
            Undo(units, tags, i, 1, 1);
            if (reaches && after - before >= _options.SwapThreshold)
            {
                issues.Add(new WordOrderIssue(i, i + 2, after - before, i, 1, 1));
                i++;
            }
        }
    }

    private static bool Overlaps(List<WordOrderIssue> issues, int from, int to)
    {
        foreach (var issue in issues)
        {
            if (issue.Start < to && from < issue.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The windows of [a, b) at or over the stretch threshold, as one token range.</summary>
    private (int From, int To) StretchOf(ReadOnlySpan<float> surprisal, int a, int b, int w)
    {
        int from = -1, to = -1;
        for (var k = a; k + w <= b; k++)
        {
            if (WindowMean(surprisal, k, w) >= _options.StretchThreshold)
            {
                from = from < 0 ? k : from;
                to = k + w;
            }
        }

        return from < 0 ? (a, b) : (from, to);
    }

    private static double WindowMean(ReadOnlySpan<float> surprisal, int k, int w)
    {
        double sum = 0;
        for (var i = k; i < k + w; i++)
        {
            sum += surprisal[i];
        }

        return sum / w;
    }

    /// <summary>The block move touching [a, b) that most raises the sentence's log-probability.</summary>
    /// <remarks>
    /// A move of a block by some places is a swap of two neighbouring blocks, so each swap is tried
    /// once (left block [lo, lo+left), right block after it) rather than once from each side; and the
    /// log-probability before a swap depends only on the span it touches, so it is computed once per span.
    /// </remarks>
    /// <param name="written">The kept terms when <paramref name="units"/> are in the written order, else empty.</param>
    private (double Delta, int Start, int Length, int By) BestMove(Span<int> units, Span<int> tags, TrigramTerms written, ReadOnlySpan<bool> barrier, int a, int b)
    {
        var n = barrier.Length;
        var maxLeft = Math.Max(_options.MaxMoveLength, _options.MaxMoveDistance);
        var maxRight = Math.Max(_options.MaxMoveLength, _options.MaxMoveDistance);
        var best = (Delta: double.NegativeInfinity, Start: 0, Length: 0, By: 0);
        Span<double> before = stackalloc double[maxLeft + maxRight + 1];
        for (var lo = Math.Max(0, a - maxLeft - maxRight + 1); lo < Math.Min(n, b); lo++)
        {
            before.Fill(double.NaN);
            for (var left = 1; left <= maxLeft; left++)
            {
                for (var right = 1; right <= maxRight; right++)
                {
                    // Moving the left block right by `right` places, or the right block left by `left`:
                    // the same swap; it must fit both the length and the distance limits one way or the other.
                    var fits = (left <= _options.MaxMoveLength && right <= _options.MaxMoveDistance)
                        || (right <= _options.MaxMoveLength && left <= _options.MaxMoveDistance);
                    var hi = lo + left + right;
                    if (!fits || hi > n || hi <= a || Crosses(barrier, lo, hi) || EndsInEllipsis(tags, barrier, hi))
                    {
                        continue;
                    }

                    var span = left + right;
                    if (double.IsNaN(before[span]))
                    {
                        before[span] = written.IsEmpty ? LocalLogProbability(units, tags, lo, hi) : WrittenLogProbability(written, lo, hi);
                    }

                    // Only a move that beats the best so far matters, so its sum may stop once it cannot.
                    Move(units, tags, lo, left, right);
                    var reaches = LocalLogProbabilityReaches(units, tags, lo, hi, before[span] + best.Delta, out var after);
                    Undo(units, tags, lo, left, right);
                    if (reaches && after - before[span] > best.Delta)
                    {
                        best = left <= _options.MaxMoveLength && right <= _options.MaxMoveDistance
                            ? (after - before[span], lo, left, right)
                            : (after - before[span], lo + left, right, -left);
                    }
                }
            }
        }

        return best;
    }

    /// <summary>
    /// An auxiliary closing its clause ("It always is,", "they never have."): verb-phrase ellipsis,
    /// which English allows and the trigrams find rare; a stretch ending there is left alone.
    /// </summary>
    private static bool EndsInEllipsis(ReadOnlySpan<int> tags, ReadOnlySpan<bool> barrier, int hi) =>
        tags[hi + 1] == AuxSymbol && (hi == barrier.Length || barrier[hi]);

    private static readonly int AuxSymbol = WordOrderModel.TagSymbol(PosTag.AUX);

    private static bool Crosses(ReadOnlySpan<bool> barrier, int lo, int hi)
    {
        for (var i = lo; i < hi; i++)
        {
            if (barrier[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="LocalLogProbability"/> of the sentence as written, summed from the kept terms in the
    /// same order, so the value is the same to the last bit.
    /// </summary>
    private double WrittenLogProbability(TrigramTerms terms, int lo, int hi)
    {
        var last = terms.Length - 1;
        double u = 0, t = 0;
        for (var j = lo + 2; j <= Math.Min(last, hi + 3); j++)
        {
            u += terms.UnitForward[j];
            t += terms.TagForward[j];
        }

        for (var j = Math.Max(0, lo); j <= hi + 1 && j + 2 <= last; j++)
        {
            u += terms.UnitBackward[j];
            t += terms.TagBackward[j];
        }

        return (u + (_options.TagWeight * t)) / 2;
    }

    /// <summary>
    /// <see cref="LocalLogProbability"/>, given up as soon as it provably falls short of <paramref name="floor"/>:
    /// every term is a log-probability, at most 0 (up to rounding, hence <see cref="RoundingMargin"/>), so a
    /// partial sum already below the floor stays below it. When it returns true, <paramref name="value"/> is
    /// summed in the same order as <see cref="LocalLogProbability"/> and so is the same to the last bit.
    /// </summary>
    private bool LocalLogProbabilityReaches(ReadOnlySpan<int> units, ReadOnlySpan<int> tags, int lo, int hi, double floor, out double value)
    {
        var w = _options.TagWeight;
        if (w < 0)
        {
            // A negative weight would make tag terms raise the sum; no early exit then.
            value = LocalLogProbability(units, tags, lo, hi);
            return true;
        }

        var cut = floor - RoundingMargin;
        var last = units.Length - 1;
        double u = 0, t = 0;
        for (var j = lo + 2; j <= Math.Min(last, hi + 3); j++)
        {
            u += _units.LogForward(units[j - 2], units[j - 1], units[j]);
            t += _tags.LogForward(tags[j - 2], tags[j - 1], tags[j]);
            if ((u + (w * t)) / 2 < cut)
            {
                value = double.NegativeInfinity;
                return false;
            }
        }

        for (var j = Math.Max(0, lo); j <= hi + 1 && j + 2 <= last; j++)
        {
            u += _units.LogBackward(units[j], units[j + 1], units[j + 2]);
            t += _tags.LogBackward(tags[j], tags[j + 1], tags[j + 2]);
            if ((u + (w * t)) / 2 < cut)
            {
                value = double.NegativeInfinity;
                return false;
            }
        }

        value = (u + (w * t)) / 2;
        return true;
    }

    /// <summary>Far more than a dozen terms' rounding above 0 (a smoothed probability is at most 1) could add.</summary>
    private const double RoundingMargin = 1e-9;

    /// <summary>Log-probability of the terms that change when tokens [lo, hi) are rearranged, averaged over both directions.</summary>
    private double LocalLogProbability(ReadOnlySpan<int> units, ReadOnlySpan<int> tags, int lo, int hi)
    {
        // Padded indices: token i sits at i + 2; the last padded index is n + 3.
        var last = units.Length - 1;
        double u = 0, t = 0;
        for (var j = lo + 2; j <= Math.Min(last, hi + 3); j++)
        {
            u += _units.LogForward(units[j - 2], units[j - 1], units[j]);
            t += _tags.LogForward(tags[j - 2], tags[j - 1], tags[j]);
        }

        for (var j = Math.Max(0, lo); j <= hi + 1 && j + 2 <= last; j++)
        {
            u += _units.LogBackward(units[j], units[j + 1], units[j + 2]);
            t += _tags.LogBackward(tags[j], tags[j + 1], tags[j + 2]);
        }

        return (u + (_options.TagWeight * t)) / 2;
    }

    /// <summary>Moves block [start, start+length) by <paramref name="by"/> places, in both padded arrays.</summary>
    private static void Move(Span<int> units, Span<int> tags, int start, int length, int by)
    {
        if (by > 0)
        {
            RotateLeft(units.Slice(start + 2, length + by), length);
            RotateLeft(tags.Slice(start + 2, length + by), length);
        }
        else
        {
            RotateLeft(units.Slice(start + by + 2, length - by), -by);
            RotateLeft(tags.Slice(start + by + 2, length - by), -by);
        }
    }

    private static void Undo(Span<int> units, Span<int> tags, int start, int length, int by)
    {
        if (by > 0)
        {
            RotateLeft(units.Slice(start + 2, length + by), by);
            RotateLeft(tags.Slice(start + 2, length + by), by);
        }
        else
        {
            RotateLeft(units.Slice(start + by + 2, length - by), length);
            RotateLeft(tags.Slice(start + by + 2, length - by), length);
        }
    }

    private static void RotateLeft(Span<int> s, int k)
    {
        s[..k].Reverse();
        s[k..].Reverse();
        s.Reverse();
    }

    /// <summary>
    /// Marks the tokens no move may carry or cross: punctuation, symbols, digits, and words of a
    /// multi-word name (capitalised words next to another capitalised word after the first word),
    /// whose order the model knows too little of. A lone capitalised word ("the minister Spanish")
    /// stays movable: that is what the model must catch.
    /// </summary>
    public static void MarkBarriers(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<PosTag> tags, Span<bool> barrier)
    {
        var firstWord = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            var form = tokens[i].Slice(text);
            var letters = false;
            var digits = false;
            foreach (var c in form)
            {
                digits |= char.IsDigit(c);
                letters |= char.IsLetter(c);
            }

            firstWord = firstWord < 0 && letters ? i : firstWord;
            barrier[i] = !letters || digits || tags[i] is PosTag.PUNCT or PosTag.SYM;
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            if (i != firstWord && IsCapitalised(text, tokens[i]) && ((i > firstWord + 1 && IsCapitalised(text, tokens[i - 1])) || (i + 1 < tokens.Length && IsCapitalised(text, tokens[i + 1]))))
            {
                barrier[i] = true;
            }
        }
    }

    private static bool IsCapitalised(string text, Token token) => token.Length > 0 && char.IsUpper(text[token.Start]);

    /// <summary>The tokens of a sentence in the order a move gives them (for the suggestion).</summary>
    public static int[] Rearranged(int count, WordOrderIssue issue)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        if (issue.HasMove)
        {
            var s = order.AsSpan();
            if (issue.MoveBy > 0)
            {
                RotateLeft(s.Slice(issue.MoveStart, issue.MoveLength + issue.MoveBy), issue.MoveLength);
            }
            else
            {
                RotateLeft(s.Slice(issue.MoveStart + issue.MoveBy, issue.MoveLength - issue.MoveBy), -issue.MoveBy);
            }
        }

        return order;
    }

    /// <summary>
    /// The trigram log-probabilities of the sentence as written, per padded index: forward terms
    /// predict the symbol at the index, backward terms start at it.
    /// </summary>
    private readonly ref struct TrigramTerms
    {
        public TrigramTerms(Span<double> storage, int length)
        {
            Length = length;
            UnitForward = storage[..length];
            TagForward = storage.Slice(length, length);
            UnitBackward = storage.Slice(2 * length, length);
            TagBackward = storage.Slice(3 * length, length);
        }

        public int Length { get; }

        public bool IsEmpty => Length == 0;

        public Span<double> UnitForward { get; }

        public Span<double> TagForward { get; }

        public Span<double> UnitBackward { get; }

        public Span<double> TagBackward { get; }
    }
}
