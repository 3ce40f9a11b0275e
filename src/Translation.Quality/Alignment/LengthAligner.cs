namespace Translation.Quality.Alignment;

/// <summary>
/// Gale and Church's length-based aligner (1993): dynamic programming over the character lengths
/// of two sequences of segments, allowing 1–1, 1–2, 2–1, 1–0, 0–1 and 2–2 links. A link's cost is
/// minus the log of its prior times the probability of its length difference under a normal model
/// of the target/source length ratio, less a bonus for anchors both sides share (numbers, names,
/// cognates), which tell apart sentences of the same length.
/// </summary>
public static class LengthAligner
{
    /// <summary>Variance of the length difference per source character (Gale and Church's estimate).</summary>
    private const double Variance = 6.8;

    /// <summary>
    /// Gale and Church's priors, except that a dropped source sentence (1–0) is taken as four times likelier
    /// than in their parliamentary proceedings: machine-translated wire copy does lose sentences, and the
    /// omission check needs the aligner to say so rather than glue the gap onto a neighbour as a 2–1.
    /// </summary>
    private static readonly (int Source, int Target, double Prior)[] Moves =
    [
        (1, 1, 0.89), (1, 0, 0.02), (0, 1, 0.01), (2, 1, 0.0445), (1, 2, 0.0445), (2, 2, 0.011),
    ];

    /// <summary>
    /// The cheapest path, in order. <paramref name="ratio"/> is the expected target length per source
    /// character (the article's own, usually).
    /// </summary>
    /// <param name="anchors">Anchors shared by source segments [from, from + count) and target segments [from, from + count); null for none.</param>
    public static IReadOnlyList<LengthLink> Align(IReadOnlyList<int> source, IReadOnlyList<int> target, double ratio, Func<int, int, int, int, int>? anchors = null)
    {
        int n = source.Count, m = target.Count;
        if (n == 0 || m == 0)
        {
            // Nothing on one side: every segment of the other is a 1–0 or 0–1 link.
            return [.. Enumerable.Range(0, n).Select(i => new LengthLink(i, 1, m, 0, 0)), .. Enumerable.Range(0, m).Select(j => new LengthLink(n, 0, j, 1, 0))];
        }

        var cost = new double[n + 1, m + 1];
        var back = new byte[n + 1, m + 1];
        for (var i = 0; i <= n; i++)
        {
            for (var j = 0; j <= m; j++)
            {
                cost[i, j] = i == 0 && j == 0 ? 0 : double.PositiveInfinity;
                for (var k = 0; k < Moves.Length && (i > 0 || j > 0); k++)
                {
                    var (ds, dt, prior) = Moves[k];
                    if (ds > i || dt > j || double.IsPositiveInfinity(cost[i - ds, j - dt]))
                    {
                        continue;
                    }

                    var c = cost[i - ds, j - dt] + LinkCost(Sum(source, i - ds, ds), Sum(target, j - dt, dt), ratio, prior) - Bonus(anchors, i - ds, ds, j - dt, dt);
                    if (c < cost[i, j])
                    {
                        cost[i, j] = c;
                        back[i, j] = (byte)k;
                    }
                }
            }
        }

        var links = new List<LengthLink>();
        for (int i = n, j = m; i > 0 || j > 0;)
        {
            var (ds, dt, prior) = Moves[back[i, j]];
            var linkCost = LinkCost(Sum(source, i - ds, ds), Sum(target, j - dt, dt), ratio, prior) - Bonus(anchors, i - ds, ds, j - dt, dt);
            links.Add(new LengthLink(i - ds, ds, j - dt, dt, linkCost));
            i -= ds;
            j -= dt;
        }

        links.Reverse();
        return links;
    }

    /// <summary>The cost of linking source length <paramref name="ls"/> to target length <paramref name="lt"/>.</summary>
    public static double LinkCost(int ls, int lt, double ratio, double prior)
    {
        // A sentence with no counterpart costs its prior alone: its length says nothing about a deletion, and
        // pricing it by length would make the aligner glue a dropped sentence onto its neighbour instead.
        if (ls == 0 || lt == 0)
        {
            return -Math.Log(prior);
        }

        var mean = (ls + lt / ratio) / 2;
        var delta = mean <= 0 ? 0 : (lt - ls * ratio) / Math.Sqrt(mean * Variance);
        return -Math.Log(prior) - Math.Log(Math.Max(1e-12, 2 * (1 - NormalCdf(Math.Abs(delta)))));
    }

    /// <summary>
    /// Up to three shared anchors, one cost unit each; half for a 2–1 or 1–2, whose sides are longer, unless
    /// every sentence of the longer side shares an anchor with the other side: then the merge is evidence,
    /// not a neighbour glued on ("… en marzo." joined to the sentence before it says "since March").
    /// </summary>
    private static double Bonus(Func<int, int, int, int, int>? anchors, int sf, int sc, int tf, int tc)
    {
        if (anchors is null || sc == 0 || tc == 0)
        {
            return 0;
        }

        var shared = Math.Min(3, anchors(sf, sc, tf, tc));
        if (sc == 1 && tc == 1)
        {
            return shared;
        }

        var eachShares = sc == 2 && tc == 1 ? anchors(sf, 1, tf, 1) > 0 && anchors(sf + 1, 1, tf, 1) > 0
            : sc == 1 && tc == 2 && anchors(sf, 1, tf, 1) > 0 && anchors(sf, 1, tf + 1, 1) > 0;
        return eachShares ? shared : shared / 2.0;
    }

    /// <summary>The cost of a perfect 1–1 link: what a link's cost is measured against.</summary>
    public static double BestOneToOne => -Math.Log(Moves[0].Prior);

    private static int Sum(IReadOnlyList<int> lengths, int from, int count)
    {
        var s = 0;
        for (var i = from; i < from + count; i++)
        {
            s += lengths[i];
        }

        return s;
    }

    /// <summary>Abramowitz and Stegun 26.2.17: accurate to 7.5e-8, enough for costs.</summary>
    private static double NormalCdf(double z)
    {
        var t = 1 / (1 + 0.2316419 * z);
        var poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI) * poly;
    }
}

/// <summary>A link of the length aligner: source segments [SourceFrom, +SourceCount) to target segments [TargetFrom, +TargetCount).</summary>
public readonly record struct LengthLink(int SourceFrom, int SourceCount, int TargetFrom, int TargetCount, double Cost);
