namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// Word order from crossing aligned content words, with every word matched once (in order or not):
/// two words that trade places around a word both keep ("the residents struck … the burglars" /
/// "the burglars struck … the residents", "town halls in cooled rooms" / "cooled rooms in town halls"),
/// and a modifier that left its head for another word both sides have ("a Danish consortium of … an
/// investor" / "a consortium of … a Danish investor"). A phrase or clause moved whole keeps its
/// neighbours and crosses no word that stays: English reorders those freely.
/// </summary>
internal static class CrossingComparer
{
    /// <summary>How many wire words two swapped words may stand apart: further, it is a clause moved, not a swap.</summary>
    private const int Reach = 12;

    public static IEnumerable<SpanDifference> Compare(string text, string fresh, List<ComparedWord> allWire, List<ComparedWord> wire, List<ComparedWord> allFresh, List<ComparedWord> mt, int[] wireMatch)
    {
        var mtMatch = new int[mt.Count];
        Array.Fill(mtMatch, -1);
        for (var i = 0; i < wire.Count; i++)
        {
            if (wireMatch[i] >= 0)
            {
                mtMatch[wireMatch[i]] = i;
            }
        }

        var found = new List<SpanDifference>();
        for (var a = 0; a < wire.Count; a++)
        {
            if (!Eligible(a, wire, mt, wireMatch))
            {
                continue;
            }

            for (var b = a + 1; b < wire.Count && wire[b].Index - wire[a].Index <= Reach; b++)
            {
                var (fa, fb) = (wireMatch[a], wireMatch[b]);
                // Within one clause on both sides: across punctuation, clauses were put in another order.
                if (!Eligible(b, wire, mt, wireMatch) || fa <= fb || mt[fa].Index - mt[fb].Index > Reach || (wire[a].IsCapitalised && wire[b].IsCapitalised)
                    || allWire.Skip(wire[a].Index + 1).Take(wire[b].Index - wire[a].Index).Any(w => w.Gap) || allFresh.Skip(mt[fb].Index + 1).Take(mt[fa].Index - mt[fb].Index).Any(w => w.Gap))
                {
                    continue;
                }

                // A word both keep between them, in the middle on both sides: the two traded places around it.
                var pivot = Enumerable.Range(a + 1, b - a - 1).Any(c => wireMatch[c] > fb && wireMatch[c] < fa && !wire[c].IsNumber)
                    || SamePreposition(allWire, wire[a], wire[b], allFresh, mt[fb], mt[fa]);
                // Each takes the other's place, its neighbours too ("rising demand … domestic prices" / "rising prices
                // … domestic demand"); a passive turns agent and patient round in good English ("expected by the markets").
                if (pivot && SamePlace(allWire, wire[a], allFresh, mt[fb]) && SamePlace(allWire, wire[b], allFresh, mt[fa])
                    && !Passive(allWire, wire[a], wire[b]) && !Passive(allFresh, mt[fb], mt[fa]))
                {
                    found.Add(new SpanDifference(SpanDifferenceKind.Misplaced, wire[a].Start, wire[b].End, text[wire[a].Start..wire[b].End], fresh[mt[fb].Start..mt[fa].End]) { Words = wire[b].Index - wire[a].Index + 1 });
                }
            }
        }

        for (var u = 0; u + 1 < wire.Count; u++)
        {
            var v = u + 1;
            var fu = wireMatch[u];
            if (!Eligible(u, wire, mt, wireMatch) || wireMatch[v] < 0 || wire[v].Index - wire[u].Index != 1 || wire[v].Gap || wire[v].IsCapitalised || wire[v].IsNumber || wire[u].Possessive || fu + 1 >= mt.Count
                || (wire[u].Index > 0 && allWire[wire[u].Index - 1].IsNumber) || (mt[fu].Index > 0 && allFresh[mt[fu].Index - 1].IsNumber))
            {
                continue;
            }

            // A modifier, not a verb before its object ("expects temperatures" / "expect rain"): no third-person -s.
            if (wire[u].Key.EndsWith('s') && !wire[u].Key.EndsWith("ss", StringComparison.Ordinal) && !wire[u].Key.EndsWith("ous", StringComparison.Ordinal))
            {
                continue;
            }

            // A capitalised word moved off its head is an adjective of origin ("Danish", "Taiwanese", "Brazilian"), not a name or a subject.
            if (wire[u].IsCapitalised && !OriginEndings.Any(e => wire[u].Key.EndsWith(e, StringComparison.Ordinal)))
            {
                continue;
            }

            // In the fresh translation the word stands right before another head, which the wire has elsewhere
            // (a head, not a verb in -ed after its subject: "transition noted").
            var y = fu + 1;
            var z = mtMatch[y];
            if (mt[y].Index - mt[fu].Index != 1 || mt[y].Gap || y == wireMatch[v] || z < 0 || z == v || Math.Abs(z - u) <= 1 || mt[y].IsCapitalised || mt[y].IsNumber || mt[y].Key.EndsWith("ed", StringComparison.Ordinal)
                || Math.Abs(mt[wireMatch[v]].Index - mt[fu].Index) <= 2 || !Unique(mt[y], mt) || !Unique(wire[v], wire))
            {
                continue;
            }

            found.Add(new SpanDifference(SpanDifferenceKind.Misplaced, wire[u].Start, wire[u].End, wire[u].Text, fresh[mt[fu].Start..mt[y].End]) { Words = 1 });
        }

        // One finding per stretch: a swap inside another swap is the same misplacement.
        return found.Where((d, k) => !found.Take(k).Any(e => e.Start < d.End && d.Start < e.End));
    }

    private static readonly string[] OriginEndings = ["ish", "ese", "ian", "an", "ic", "i"];

    /// <summary>A matched content word whose key each side has once, which English does not move about on its own.</summary>
    private static bool Eligible(int i, List<ComparedWord> wire, List<ComparedWord> mt, int[] wireMatch) =>
        wireMatch[i] >= 0 && !wire[i].IsNumber && wire[i].Text.Any(char.IsLetter) && mt[wireMatch[i]].Text.Any(char.IsLetter) && !SpanComparer.MovesFreely(wire[i]) && !SpanComparer.MovesFreely(mt[wireMatch[i]])
        && Unique(wire[i], wire) && Unique(mt[wireMatch[i]], mt);

    /// <summary>The word before or after it is the same word on both sides: it stands where the other stood.</summary>
    private static bool SamePlace(List<ComparedWord> allWire, ComparedWord w, List<ComparedWord> allFresh, ComparedWord f) =>
        (w.Index > 0 && f.Index > 0 && allWire[w.Index - 1].Key == allFresh[f.Index - 1].Key && !w.Gap && !f.Gap)
        || (w.Index + 1 < allWire.Count && f.Index + 1 < allFresh.Count && allWire[w.Index + 1].Key == allFresh[f.Index + 1].Key && !allWire[w.Index + 1].Gap && !allFresh[f.Index + 1].Gap);

    /// <summary>"by" right before the second word, or "by the": a passive's agent.</summary>
    private static bool Passive(List<ComparedWord> all, ComparedWord first, ComparedWord second) =>
        all.Skip(Math.Max(first.Index + 1, second.Index - 3)).Take(second.Index - Math.Max(first.Index + 1, second.Index - 3)).Any(w => w.Key == "by");

    private static bool Unique(ComparedWord w, List<ComparedWord> words) => words.Count(x => x.Stem == w.Stem) == 1;

    /// <summary>"A in B" on one side, "B in A" on the other: the same preposition right between them on both.</summary>
    private static bool SamePreposition(List<ComparedWord> allWire, ComparedWord a, ComparedWord b, List<ComparedWord> allFresh, ComparedWord fb, ComparedWord fa)
    {
        var wireBetween = allWire.Skip(a.Index + 1).Take(b.Index - a.Index - 1).ToList();
        var freshBetween = allFresh.Skip(fb.Index + 1).Take(fa.Index - fb.Index - 1).ToList();
        return wireBetween.Count is >= 1 and <= 2 && freshBetween.Count is >= 1 and <= 2 && !wireBetween.Any(w => w.IsContent || w.Gap) && !freshBetween.Any(w => w.IsContent || w.Gap) && !b.Gap && !fa.Gap
            && wireBetween[0].Key == freshBetween[0].Key && wireBetween[0].Key is "in" or "of" or "on" or "for" or "at" or "from" or "by" or "with" or "to";
    }
}
