namespace Translation.Quality.Tagging;

/// <summary>
/// Training-time weights: current weights plus lazily accumulated totals for averaging (each
/// weight's total is brought up to date only when that weight changes).
/// </summary>
internal sealed class AveragedPerceptron
{
    private const int Tags = PosTagNames.Count;

    private readonly float[] _weights;
    private readonly double[] _totals;
    private readonly int[] _stamps;
    private int _instances;

    public AveragedPerceptron(int buckets)
    {
        var size = buckets * Tags;
        _weights = new float[size];
        _totals = new double[size];
        _stamps = new int[size];
    }

    public int Predict(ReadOnlySpan<int> offsets)
    {
        Span<float> scores = stackalloc float[Tags];
        foreach (var offset in offsets)
        {
            var row = _weights.AsSpan(offset, Tags);
            for (var t = 0; t < Tags; t++)
            {
                scores[t] += row[t];
            }
        }

        var best = 0;
        for (var t = 1; t < Tags; t++)
        {
            if (scores[t] > scores[best])
            {
                best = t;
            }
        }

        return best;
    }

    /// <summary>Counts one training instance and, if the guess was wrong, moves weight from it to the truth.</summary>
    public void Update(int truth, int guess, ReadOnlySpan<int> offsets)
    {
        _instances++;
        if (truth == guess)
        {
            return;
        }

        foreach (var offset in offsets)
        {
            Bump(offset + truth, 1f);
            Bump(offset + guess, -1f);
        }
    }

    /// <summary>The averaged weights quantised to 16 bits; <paramref name="scale"/> maps averaged to stored values.</summary>
    public short[] Quantise(out float scale)
    {
        var n = Math.Max(_instances, 1);
        var averaged = new float[_weights.Length];
        var maxAbs = 0f;
        for (var i = 0; i < averaged.Length; i++)
        {
            var a = (float)((_totals[i] + (double)(_instances - _stamps[i]) * _weights[i]) / n);
            averaged[i] = a;
            maxAbs = Math.Max(maxAbs, Math.Abs(a));
        }

        scale = maxAbs > 0 ? short.MaxValue / maxAbs : 1f;
        var quantised = new short[averaged.Length];
        for (var i = 0; i < averaged.Length; i++)
        {
            quantised[i] = (short)Math.Round(averaged[i] * scale);
        }

        return quantised;
    }

    private void Bump(int index, float delta)
    {
        _totals[index] += (double)(_instances - _stamps[index]) * _weights[index];
        _stamps[index] = _instances;
        _weights[index] += delta;
    }
}
