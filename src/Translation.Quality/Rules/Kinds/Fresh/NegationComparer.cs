using System.Collections.Frozen;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// Negation compared between a wire sentence and a fresh translation of its source: a negator on one
/// side ("not", "never", "no", "without") whose negated word the other side has too, aligned, with no
/// negator of its own before it. "Measles is a harmless disease" against "Measles is not a harmless
/// disease": "harmless" is in both, only one denies it. A negation said another way ("left the door
/// open" for "did not rule out", "must stay" for "may not leave") has no aligned negated word and is
/// no difference: the words around it differ, so the comparison has nothing to say about its polarity.
/// </summary>
internal static class NegationComparer
{
    /// <summary>How many words after the negator its negated content word may stand ("not yet legally binding", "never able to go").</summary>
    private const int Scope = 4;

    /// <summary>How many words before the negated word the other side may have its own negator ("did not even try", "not to be").</summary>
    private const int Window = 5;

    public static IEnumerable<SpanDifference> Compare(string text, string fresh, List<ComparedWord> allWire, List<ComparedWord> wire, List<ComparedWord> allFresh, List<ComparedWord> mt, int[] wireMatch, int[] mtMatch)
    {
        // A word said with a negative prefix on one side only ("unable to travel" / "able to travel").
        var prefixed = Prefixed(mt, mtMatch, wire, wireMatch);
        var prefixedWire = Prefixed(wire, wireMatch, mt, mtMatch);

        // Two ways to say one polarity ("at no stage were we good" / "we weren't good at any stage",
        // "not travel without chains" / "carry chains") even out: only sentences of opposite polarity differ.
        if (Polarity(allWire) ^ (prefixedWire is not null) == Polarity(allFresh) ^ (prefixed is not null))
        {
            yield break;
        }

        if (prefixed is { } p)
        {
            yield return new SpanDifference(SpanDifferenceKind.Negation, wire[p.Other].Start, wire[p.Other].End, wire[p.Other].Text, mt[p.Word].Text) { Words = 1 };
            yield break;
        }

        if (prefixedWire is { } pw)
        {
            yield return new SpanDifference(SpanDifferenceKind.Negation, wire[pw.Word].Start, wire[pw.Word].End, wire[pw.Word].Text, mt[pw.Other].Text) { Words = 1 };
            yield break;
        }

        // Lost: the fresh translation negates a word the wire has without a negation.
        foreach (var q in allFresh.Where(Triggers))
        {
            if (Negated(q, allFresh, mt, mtMatch) is not { } j || !Unnegated(wire[mtMatch[j]], allWire))
            {
                continue;
            }

            var w = wire[mtMatch[j]];
            // From the wire word of the fresh one before the negator, in its clause ("is | not a harmless"), to the negated word.
            var from = w.Start;
            for (var b = j - 1; b >= 0; b--)
            {
                if (mt[b].Index > q.Index)
                {
                    continue;
                }

                if (Crosses(allFresh, mt[b].Index, q.Index))
                {
                    break;
                }

                if (mtMatch[b] >= 0)
                {
                    // The wire words after that anchor: "is | a harmless disease".
                    var anchor = wire[mtMatch[b]];
                    if (anchor.Index + 1 < w.Index)
                    {
                        from = Math.Min(from, allWire[anchor.Index + 1].Start);
                    }

                    break;
                }
            }

            yield return new SpanDifference(SpanDifferenceKind.Negation, from, w.End, text[from..w.End], fresh[q.Start..mt[j].End]) { Words = allWire.Count(x => x.Start >= from && x.End <= w.End) };
        }

        // Gained: the wire negates a word the fresh translation has without a negation.
        foreach (var q in allWire.Where(Triggers))
        {
            if (Negated(q, allWire, wire, wireMatch) is not { } i || !Unnegated(mt[wireMatch[i]], allFresh))
            {
                continue;
            }

            var f = mt[wireMatch[i]];
            var from = FreshStart(f, allFresh);
            yield return new SpanDifference(SpanDifferenceKind.Negation, q.Start, wire[i].End, text[q.Start..wire[i].End], fresh[from..f.End]) { Words = wire[i].Index - q.Index + 1 };
        }
    }

    /// <summary>The first aligned content word within the negator's reach in its clause: what it negates. Null when none is aligned.</summary>
    private static int? Negated(ComparedWord negator, List<ComparedWord> all, List<ComparedWord> content, int[] match)
    {
        for (var k = 0; k < content.Count; k++)
        {
            var c = content[k];
            if (c.Index <= negator.Index || Transparent.Contains(c.Key) || (c.Key.Length > 4 && c.Key.EndsWith("ly", StringComparison.Ordinal)))
            {
                continue;
            }

            if (c.Index - negator.Index > Scope || Crosses(all, negator.Index, c.Index))
            {
                return null;
            }

            // Only the first content word: "does not rule out extending" negates "rule", which "may extend" does not have.
            return match[k] >= 0 && !c.IsNumber ? k : null;
        }

        return null;
    }

    /// <summary>No negator (nor a word that denies on its own: "hardly", "failed", "lack") in the clause just before the word.</summary>
    private static bool Unnegated(ComparedWord word, List<ComparedWord> all)
    {
        for (var k = word.Index - 1; k >= 0 && word.Index - k <= Window; k--)
        {
            if (Negators.Contains(all[k].Key) || Denying.Contains(all[k].Key))
            {
                return false;
            }

            if (all[k + 1].Gap)
            {
                break;
            }
        }

        // A negator just after it also denies it ("there were none injured", "free of charge or not").
        return !(word.Index + 1 < all.Count && !all[word.Index + 1].Gap && Negators.Contains(all[word.Index + 1].Key));
    }

    /// <summary>
    /// An unaligned word of one side that is an unaligned word of the other with a negative prefix
    /// ("unable" / "able", "inaccurate" / "accurate", "non-binding" is two words and no prefix).
    /// </summary>
    private static (int Word, int Other)? Prefixed(List<ComparedWord> side, int[] match, List<ComparedWord> other, int[] otherMatch)
    {
        for (var k = 0; k < side.Count; k++)
        {
            var key = side[k].Key;
            if (match[k] >= 0 || side[k].IsNumber || key.Length < 6 || !(key.StartsWith("un", StringComparison.Ordinal) || key.StartsWith("in", StringComparison.Ordinal) || key.StartsWith("im", StringComparison.Ordinal)))
            {
                continue;
            }

            for (var o = 0; o < other.Count; o++)
            {
                if (otherMatch[o] < 0 && other[o].Key == key[2..])
                {
                    return (k, o);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a sentence says no: an odd number of negations, "neither ... nor" counted once. Two
    /// negations (or none) say yes.
    /// </summary>
    private static bool Polarity(List<ComparedWord> all)
    {
        var count = 0;
        var neither = false;
        foreach (var w in all)
        {
            if (w.Key == "nor" && neither)
            {
                continue;
            }

            neither |= w.Key == "neither";
            count += Negators.Contains(w.Key) ? 1 : 0;
        }

        return count % 2 == 1;
    }

    /// <summary>A negator whose negated word can be told: "neither ... nor" negates the verb far after it, not the words it opens.</summary>
    private static bool Triggers(ComparedWord w) => Negators.Contains(w.Key) && w.Key is not ("neither" or "nor");

    /// <summary>Punctuation between two words: another clause.</summary>
    private static bool Crosses(List<ComparedWord> all, int from, int to)
    {
        for (var k = from + 1; k <= to && k < all.Count; k++)
        {
            if (all[k].Gap)
            {
                return true;
            }
        }

        return false;
    }

    private static int FreshStart(ComparedWord f, List<ComparedWord> all)
    {
        var k = f.Index;
        while (k > 0 && f.Index - k < 2 && !all[k].Gap)
        {
            k--;
        }

        return all[k].Start;
    }

    private static readonly FrozenSet<string> Negators = new[]
    {
        "not", "n't", "no", "never", "nothing", "none", "nobody", "neither", "nor", "without", "cannot", "nowhere", "non",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words between a negator and what it negates: "no longer find", "not yet final", "not even try".</summary>
    private static readonly FrozenSet<string> Transparent = new[] { "longer", "yet", "even", "ever", "always", "quite" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that deny on their own: on the other side they answer a negator.</summary>
    private static readonly FrozenSet<string> Denying = new[]
    {
        "hardly", "barely", "scarcely", "fail", "failed", "fails", "refuse", "refused", "refuses", "lack", "lacked", "lacks", "unable", "instead", "rather", "free", "denied", "rejected", "only", "unless", "until", "decline", "declined", "declines",
        "avoid", "avoids", "avoided", "avoiding", "short", "against", "away", "without",
    }.ToFrozenSet(StringComparer.Ordinal);
}
