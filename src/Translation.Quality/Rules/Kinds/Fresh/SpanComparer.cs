using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Translation.Quality.Alignment;
using Translation.Quality.Rules.Kinds.Bilingual;
using Translation.Quality.Text;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// Compares a wire sentence with a fresh translation of its source, word by word: content words
/// are aligned (exact, case-folded, stem, number value) by the heaviest order-keeping alignment;
/// what is left over on either side, and words that match only out of order, are the differences.
/// A wire word the source itself supports (a name or number kept as written, an acronym left in
/// the source's form) is never an addition.
/// </summary>
internal static partial class SpanComparer
{
    /// <summary>
    /// Every candidate difference, with what the rule kinds weigh it by (<see cref="SpanDifference.Words"/>,
    /// <see cref="SpanDifference.Imbalance"/>, <see cref="SpanDifference.Distance"/>): the thresholds are the kinds' parameters.
    /// </summary>
    /// <param name="text">The article text.</param>
    /// <param name="start">The wire sentence (or unit) in <paramref name="text"/>.</param>
    /// <param name="fresh">The fresh translation of <paramref name="source"/>.</param>
    /// <param name="sourceLanguage">The source's language: its numbers are read in its conventions ("14.000", "3,7", "neuf").</param>
    public static IReadOnlyList<SpanDifference> Compare(string text, int start, int end, string fresh, string source, string sourceLanguage)
    {
        // A dateline ("CANNES, May 21 (AFP) -") one side has and the other does not is no content of the sentence.
        var wireDateline = Dateline().Match(text, start, end - start);
        var freshDateline = Dateline().Match(fresh);
        var freshStart = 0;
        if (freshDateline.Success && !wireDateline.Success)
        {
            freshStart = freshDateline.Length;
        }
        else if (wireDateline.Success && !freshDateline.Success)
        {
            start += wireDateline.Length;
        }

        var allWire = Words(text, start, end);
        var wire = allWire.Where(w => w.IsContent).ToList();
        var allFresh = Words(fresh, freshStart, fresh.Length);
        var mt = allFresh.Where(w => w.IsContent).ToList();
        if (wire.Count == 0 || mt.Count == 0)
        {
            return [];
        }

        var support = new SourceSupport(source, sourceLanguage);
        var pairs = Align(wire, mt);
        var wireMatch = Enumerable.Repeat(-1, wire.Count).ToArray();
        var mtMatch = Enumerable.Repeat(-1, mt.Count).ToArray();
        foreach (var (i, j) in pairs)
        {
            wireMatch[i] = j;
            mtMatch[j] = i;
        }

        // Words that match only against the order: a word moved out of its phrase.
        var moved = new List<(int Wire, int Fresh)>();
        for (var i = 0; i < wire.Count; i++)
        {
            if (wireMatch[i] >= 0)
            {
                continue;
            }

            var best = -1;
            for (var j = 0; j < mt.Count; j++)
            {
                if (mtMatch[j] < 0 && Score(wire[i], mt[j]) > 0 && (best < 0 || Math.Abs(j - Expected(i, wire.Count, mt.Count)) < Math.Abs(best - Expected(i, wire.Count, mt.Count))))
                {
                    best = j;
                }
            }

            if (best >= 0)
            {
                moved.Add((i, best));
                wireMatch[i] = best;
                mtMatch[best] = i;
            }
        }

        var differences = new List<SpanDifference>();
        foreach (var (i, j) in moved)
        {
            if (CrossesABlock(i, j, allWire, wire, mt, allFresh, wireMatch) is { } block)
            {
                differences.Add(new SpanDifference(SpanDifferenceKind.Misplaced, block.Start, block.End, text[block.Start..block.End], fresh[block.FreshStart..block.FreshEnd]) { Words = block.Words, Distance = 0 });
            }
            else if (BreaksAPhrase(i, j, allWire, wire, mt, wireMatch, mtMatch) is { } distance)
            {
                differences.Add(new SpanDifference(SpanDifferenceKind.Misplaced, wire[i].Start, wire[i].End, wire[i].Text, Phrase(fresh, mt, j)) { Words = 1, Distance = distance });
            }
        }

        // Crossings the checks above leave: words that traded places, a modifier on another head.
        // A torn word the crossing confirms ("Danish" far from "investor") is one misplacement, whatever its distance.
        foreach (var c in CrossingComparer.Compare(text, fresh, allWire, wire, allFresh, mt, wireMatch))
        {
            var same = differences.FindIndex(d => d.Kind == SpanDifferenceKind.Misplaced && d.Start < c.End && c.Start < d.End);
            if (same < 0)
            {
                differences.Add(c);
            }
            else if (differences[same].Distance > 0)
            {
                differences[same] = c;
            }
        }

        differences.AddRange(NegationComparer.Compare(text, fresh, allWire, wire, allFresh, mt, wireMatch, mtMatch));

        // The gaps between order-keeping anchors: what one side has there and the other lacks.
        // A title quoted as the source has it, then its English in brackets ("“Der Fall” (The Case)"): the agency's gloss, no addition.
        var glosses = TitleGloss().Matches(text[..end], start).Select(m => (m.Groups[1].Index, End: m.Groups[1].Index + m.Groups[1].Length)).Select(g => (Start: g.Index, g.End)).ToList();
        var anchors = pairs.Prepend((-1, -1)).Append((wire.Count, mt.Count)).ToList();
        var gaps = new List<(int Wi0, int Wi1, List<int> Extra, List<int> Unsupported, List<int> Missing)>();
        for (var k = 1; k < anchors.Count; k++)
        {
            var (wi0, fj0) = anchors[k - 1];
            var (wi1, fj1) = anchors[k];
            var extra = Enumerable.Range(wi0 + 1, Math.Max(0, wi1 - wi0 - 1)).Where(i => wireMatch[i] < 0).ToList();
            var missing = Enumerable.Range(fj0 + 1, Math.Max(0, fj1 - fj0 - 1)).Where(j => mtMatch[j] < 0).ToList();
            gaps.Add((wi0, wi1, extra, [.. extra.Where(i => !support.Supports(wire[i]) && !mt.Any(f => Derived(wire[i], f)) && !glosses.Any(g => g.Start <= wire[i].Start && wire[i].End <= g.End))], [.. missing.Where(j => !wire.Any(w => Derived(w, mt[j])))]));
        }

        // Two faithful translations reword all the time: a word here for two words there, often in
        // the next gap. Only a gap with clearly more (or less) than the fresh translation has around
        // it adds (or omits), in a sentence that has more (or less) than the fresh one as a whole.
        var surplus = gaps.Sum(g => g.Unsupported.Count) - gaps.Sum(g => g.Missing.Count);
        for (var k = 0; k < gaps.Count; k++)
        {
            var (wi0, wi1, extra, unsupported, missing) = gaps[k];
            // What the gaps beside it leave over once their own words pair off: a gap that says its fresh
            // words in other words ("toddlers" / "small children") explains nothing of this one.
            var missingAround = (k > 0 ? Residue(gaps[k - 1].Missing, gaps[k - 1].Unsupported) : 0) + (k + 1 < gaps.Count ? Residue(gaps[k + 1].Missing, gaps[k + 1].Unsupported) : 0);
            var extraAround = (k > 0 ? Residue(gaps[k - 1].Unsupported, gaps[k - 1].Missing) : 0) + (k + 1 < gaps.Count ? Residue(gaps[k + 1].Unsupported, gaps[k + 1].Missing) : 0);
            if (unsupported.Count > 0)
            {
                var first = wire[unsupported[0]];
                var last = wire[unsupported[^1]];
                var words = text[first.Start..last.End];
                if (missing.Count == 0)
                {
                    // One lone word is mostly rewording; one number or name is a fact the source does not give.
                    if (surplus > 0)
                    {
                        differences.Add(new SpanDifference(SpanDifferenceKind.Addition, first.Start, last.End, words, string.Empty)
                        {
                            Words = unsupported.Count,
                            Imbalance = unsupported.Count - missingAround,
                            SentenceImbalance = surplus,
                            Facts = unsupported.Count(i => (wire[i].IsNumber && !wire[i].SoftNumber) || (wire[i].IsCapitalised && !wire[i].IsNumber && !LongerName(i, wire, wireMatch))),
                        });
                    }
                }
                else
                {
                    // Far more wire words than fresh ones in their place, the rest after a clause break
                    // ("six daily services, rising to ten in summer" / "six trains a day"): a substitution, then an addition.
                    if (AddedTail(unsupported, missing.Count, wire, allWire) is { } tail && surplus > 0)
                    {
                        differences.Add(new SpanDifference(SpanDifferenceKind.Addition, wire[tail[0]].Start, wire[tail[^1]].End, text[wire[tail[0]].Start..wire[tail[^1]].End], string.Empty)
                        {
                            Words = tail.Count,
                            Imbalance = unsupported.Count - missing.Count - missingAround,
                            SentenceImbalance = surplus,
                            Facts = tail.Count(i => (wire[i].IsNumber && !wire[i].SoftNumber) || (wire[i].IsCapitalised && !wire[i].IsNumber && !LongerName(i, wire, wireMatch))),
                        });
                    }

                    var freshWords = fresh[mt[missing[0]].Start..mt[missing[^1]].End];
                    var detail = unsupported.All(i => wire[i].IsNumber) && missing.Any(j => mt[j].IsNumber) ? SpanDifferenceDetail.Number
                        : unsupported.All(i => wire[i].IsCapitalised) && missing.Any(j => mt[j].IsCapitalised && support.Supports(mt[j])) ? SpanDifferenceDetail.Name
                        : SpanDifferenceDetail.None;
                    differences.Add(new SpanDifference(SpanDifferenceKind.Substitution, first.Start, last.End, words, freshWords, detail));
                }
            }
            else if (extra.Count == 0 && missing.Count > 0 && surplus < 0)
            {
                // Around the gap in the wire: the anchors either side (the sentence when there is none).
                var from = wi0 >= 0 ? wire[wi0].Start : start;
                var to = wi1 < wire.Count ? wire[wi1].End : end;
                differences.Add(new SpanDifference(SpanDifferenceKind.Omission, from, to, string.Empty, fresh[mt[missing[0]].Start..mt[missing[^1]].End])
                {
                    Words = missing.Count,
                    Imbalance = missing.Count - extraAround,
                    SentenceImbalance = -surplus,

                    // A number or a name the source gives, gone from the wire: a fact left out, as an added one is a fact made up.
                    Facts = missing.Count(j => ((mt[j].IsNumber && !mt[j].SoftNumber) || (mt[j].IsCapitalised && !mt[j].IsNumber)) && support.Supports(mt[j])),
                });
            }
        }

        return [.. differences.OrderBy(d => d.Start).ThenBy(d => d.Kind)];
    }

    private static int Residue(List<int> these, List<int> those) => Math.Max(0, these.Count - those.Count);

    /// <summary>
    /// The unsupported wire words of a substitution gap after its first clause break (punctuation before
    /// a word), when there are at least two of them and at least as many words before the break as the
    /// fresh words they replace: what the wire goes on to say. Null when there is no such tail.
    /// </summary>
    private static List<int>? AddedTail(List<int> unsupported, int freshCount, List<ComparedWord> wire, List<ComparedWord> allWire)
    {
        for (var k = 1; k < unsupported.Count; k++)
        {
            var (from, to) = (wire[unsupported[k - 1]].Index + 1, wire[unsupported[k]].Index);
            if (allWire.Skip(from).Take(to - from + 1).Any(w => w.Gap))
            {
                var tail = unsupported.Skip(k).ToList();
                return tail.Count >= 2 && k >= Math.Min(freshCount, 2) ? tail : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A word and a block of two or more content words that cross as wholes: the fresh translation has
    /// the word right before the block ("pass the law before the summer recess"), the wire right after
    /// it ("the law before the summer recess pass"), or the other way round; a constituent moved to the
    /// source's place, not one word torn out. No punctuation on the way; across a preposition it is
    /// English ("weather station in Kirrlach" / "Kirrlach weather station").
    /// </summary>
    private static (int Start, int End, int FreshStart, int FreshEnd, int Words)? CrossesABlock(int i, int j, List<ComparedWord> allWire, List<ComparedWord> wire, List<ComparedWord> mt, List<ComparedWord> freshWords, int[] wireMatch)
    {
        // The word a calque carries to the end of its clause ("… the summer recess pass."): a verb or a noun, not a name or a number.
        if (MovesFreely(wire[i]) || MovesFreely(mt[j]) || wire[i].Possessive || wire[i].IsCapitalised || !ClauseFinal(i, allWire, wire))
        {
            return null;
        }

        foreach (var after in new[] { true })
        {
            // Fresh: the word, then the block (after); wire: the block, then the word. Or both mirrored. The block keeps its own order.
            var length = 0;
            for (var n = Math.Max(i, wire.Count - i); n >= 2; n--)
            {
                if (Block(n))
                {
                    length = n;
                    break;
                }
            }

            bool Block(int n)
            {
                for (var k = 0; k < n; k++)
                {
                    var (w, f) = after ? (i - n + k, j + 1 + k) : (i + 1 + k, j - n + k);
                    if (w < 0 || w >= wire.Count || f < 0 || f >= mt.Count || wireMatch[w] != f)
                    {
                        return false;
                    }

                    // One phrase on both sides: content words close together, no punctuation between.
                    if (k > 0 && (mt[f].Gap || wire[w].Gap || mt[f].Index - mt[f - 1].Index > 3 || wire[w].Index - wire[w - 1].Index > 3))
                    {
                        return false;
                    }
                }

                // A block of time words and adverbs alone is an adverbial, which English moves about.
                return Enumerable.Range(0, n).Any(k => !MovesFreely(wire[after ? i - n + k : i + 1 + k]));
            }

            if (length < 2)
            {
                continue;
            }

            // Between the block and the word, on either side: function words only, none a preposition
            // ("award for best leading performance" / "best leading performance award" is English). A block of names is a name.
            var (lo, hi) = after ? (wire[i - 1], wire[i]) : (wire[i], wire[i + 1]);
            var (flo, fhi) = after ? (mt[j], mt[j + 1]) : (mt[j - 1], mt[j]);
            if (allWire.Skip(lo.Index + 1).Take(hi.Index - lo.Index - 1).Any(x => Prepositions.Contains(x.Key))
                || freshWords.Skip(flo.Index + 1).Take(fhi.Index - flo.Index - 1).Any(x => Prepositions.Contains(x.Key))
                || Enumerable.Range(0, length).All(k => wire[after ? i - length + k : i + 1 + k].IsCapitalised))
            {
                continue;
            }

            var (ws, we) = after ? (wire[i - length].Start, wire[i].End) : (wire[i].Start, wire[i + length].End);
            var (fs, fe) = after ? (mt[j].Start, mt[j + length].End) : (mt[j - length].Start, mt[j].End);
            return (ws, we, fs, fe, length + 1);
        }

        return null;
    }

    /// <summary>Only function words follow the word before punctuation or the end: it closes its clause ("… would not reopen.", "… largely used up.").</summary>
    private static bool ClauseFinal(int i, List<ComparedWord> allWire, List<ComparedWord> wire)
    {
        var next = i + 1 < wire.Count ? wire[i + 1] : null;
        if (next is null)
        {
            return true;
        }

        return allWire.Skip(wire[i].Index + 1).Take(next.Index - wire[i].Index).Any(x => x.Gap);
    }

    /// <summary>
    /// A moved word is misplaced when the fresh translation has it right beside a content word
    /// (no punctuation between) that the wire has elsewhere: "Yuri Gagarin" torn apart. A phrase
    /// moved whole (an adverbial, a clause) keeps its neighbours and is a rewording, not an error.
    /// Null when it breaks none; else how many wire words stand between it and its partner (0: turned round).
    /// </summary>
    private static int? BreaksAPhrase(int i, int j, List<ComparedWord> allWire, List<ComparedWord> wire, List<ComparedWord> mt, int[] wireMatch, int[] mtMatch)
    {
        // Adverbs, time words and numbers move about in English; "Bentancor's film" turns "the film of Bentancor" round.
        if (MovesFreely(wire[i]) || MovesFreely(mt[j]) || wire[i].Possessive)
        {
            return null;
        }

        int? closest = null;

        foreach (var n in new[] { j - 1, j + 1 })
        {
            if (n < 0 || n >= mt.Count || mtMatch[n] < 0)
            {
                continue;
            }

            // A neighbour that moves freely anchors no phrase ("slightly below the figure"); nor does a number's unit ("1.2-tonne satellite" / "weighs 1.2 tonnes").
            if (MovesFreely(mt[n]) || (n > 0 && mt[n - 1].IsNumber && mt[n].Index - mt[n - 1].Index == 1))
            {
                continue;
            }

            // Its phrase in the fresh translation: a content word right beside it, no punctuation between
            // ("Yuri Gagarin", "large owners"); a possessive is a phrase English may turn round ("Spain's X", "X of Spain").
            var (left, right) = n < j ? (mt[n], mt[j]) : (mt[j], mt[n]);
            if (right.Index - left.Index != 1 || right.Gap || left.Possessive)
            {
                continue;
            }

            var partner = mtMatch[n];
            var (lo, hi) = partner < i ? (partner, i) : (i, partner);
            var wrongSide = n < j ? partner > i : partner < i;
            var wordsBetween = wire[hi].Index - wire[lo].Index - 1;
            var alignedBetween = Enumerable.Range(lo + 1, Math.Max(0, hi - lo - 1)).Count(k => wireMatch[k] >= 0);

            // Torn apart by other aligned words ("Yuri aeronautical factory Gagarin"), or turned round
            // with nothing between ("the owners large"); turned round across a preposition is English
            // ("Kirrlach weather station", "weather station in Kirrlach").
            // A name between two names is a listing English allows ("Léa Martin of France", "France's Léa Martin").
            var plainBetween = Enumerable.Range(lo + 1, Math.Max(0, hi - lo - 1)).Any(k => !wire[k].IsCapitalised);

            // Turned round across a preposition is a compound said as a phrase: "Kirrlach weather station", "weather station in Kirrlach".
            if (wrongSide && allWire.Skip(wire[lo].Index + 1).Take(wordsBetween).Any(w => Prepositions.Contains(w.Key)))
            {
                continue;
            }

            // Kept on its side, followed by a preposition: an English post-modifier ("members of the governing council" / "council members").
            if (!wrongSide && wire[i].Index + 1 < allWire.Count && Prepositions.Contains(allWire[wire[i].Index + 1].Key))
            {
                continue;
            }

            // Turned round only as the same two words: "the owners large"; "as the rain poured" / "pouring rain" says it otherwise.
            var sameWords = wire[i].Key == mt[j].Key && wire[partner].Key == mt[n].Key;
            if ((alignedBetween > 0 && plainBetween) || (wrongSide && wordsBetween == 0 && sameWords))
            {
                closest = Math.Min(closest ?? int.MaxValue, wordsBetween);
            }
        }

        return closest;
    }

    private static readonly FrozenSet<string> Prepositions = new[] { "in", "of", "on", "for", "at", "from", "by", "with", "to", "near" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words English moves about on its own: adverbs in -ly and time words ("on Saturday", "last year").</summary>
    internal static bool MovesFreely(ComparedWord w) =>
        (w.Key.Length > 4 && w.Key.EndsWith("ly", StringComparison.Ordinal)) || TimeWords.Contains(w.Key) || w.IsNumber;

    private static readonly FrozenSet<string> TimeWords = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "oct", "nov", "dec", "morning", "afternoon", "evening", "night",
        "week", "weekend", "month", "year", "day", "now", "later", "earlier", "soon", "recently", "previously", "last", "next",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The fresh words around <paramref name="j"/>: how the fresh translation has it.</summary>
    private static string Phrase(string fresh, List<ComparedWord> mt, int j)
    {
        var from = j > 0 && mt[j].Index - mt[j - 1].Index == 1 && !mt[j].Gap ? j - 1 : j;
        var to = j + 1 < mt.Count && mt[j + 1].Index - mt[j].Index == 1 && !mt[j + 1].Gap ? j + 1 : j;
        return fresh[mt[from].Start..mt[to].End];
    }

    private static int Expected(int i, int wireCount, int mtCount) => wireCount <= 1 ? 0 : (int)Math.Round(i * (mtCount - 1) / (double)(wireCount - 1));

    /// <summary>
    /// Two forms of one word the stemmer does not join ("German" / "Germany", "injured" / "injuries"): a long common
    /// opening, all but two letters of the shorter. A rewording, never an added or a missing word.
    /// </summary>
    private static bool Derived(ComparedWord a, ComparedWord b)
    {
        if (a.IsNumber || b.IsNumber)
        {
            return false;
        }

        var (x, y) = (a.Key, b.Key);
        var n = 0;
        while (n < x.Length && n < y.Length && x[n] == y[n])
        {
            n++;
        }

        return n >= 5 && n >= Math.Min(x.Length, y.Length) - 2;
    }

    /// <summary>A capitalised word right beside a matched one is the longer form of a name both have ("the Czech Republic" / "the Czech"), not a new name.</summary>
    private static bool LongerName(int i, List<ComparedWord> wire, int[] wireMatch) =>
        (i > 0 && wireMatch[i - 1] >= 0 && wire[i - 1].IsCapitalised && wire[i].Index - wire[i - 1].Index == 1 && !wire[i].Gap)
        || (i + 1 < wire.Count && wireMatch[i + 1] >= 0 && wire[i + 1].IsCapitalised && wire[i + 1].Index - wire[i].Index == 1 && !wire[i + 1].Gap);

    [GeneratedRegex(@"[”""»“]\s*\(([^()\n]{1,80})\)", RegexOptions.CultureInvariant)]
    private static partial Regex TitleGloss();

    [GeneratedRegex(@"\G\s*(?:[^()\n]{1,60}?\([\p{L} ]{2,20}\)){1,2}\s*[-–—]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    private static int Score(ComparedWord a, ComparedWord b) =>
        a.IsNumber || b.IsNumber ? (a.IsNumber && b.IsNumber && a.NumberKeys.Any(b.NumberKeys.Contains) ? 3 : 0)
        : a.Key == b.Key ? 3 : a.Stem.Length >= 3 && a.Stem == b.Stem ? 2 : 0;

    /// <summary>Lower case without accents (the bilingual checks' folding), one apostrophe.</summary>
    private static string Fold(string word) => TextFold.Fold(word.Replace('\u2019', '\''));

    /// <summary>
    /// The values a word or part of a word has as a number, read by the bilingual checks' <see cref="NumberReader"/>
    /// ("14,000", "twelve", "1st", "3.7%"), with those of a phrase it opens ("two" in "two billion"): null when it is no number.
    /// </summary>
    private static (string[] Keys, bool Soft)? NumberKeys(string text, int start, int end, List<NumberMention> mentions, string language)
    {
        if (!mentions.Any(m => m.Start < end && start < m.End))
        {
            return null;
        }

        // The whole piece must read as a number: "two-billion-euro" is three words, not the number two.
        var own = NumberReader.Read(text, start, end, language);
        return !own.Any(m => m.Start <= start && m.End >= end) ? null
            : ([.. own.SelectMany(m => m.Keys).Concat(mentions.Where(m => m.Start < end && start < m.End).SelectMany(m => m.Keys)).Distinct(StringComparer.Ordinal)], own.All(m => m.Soft));
    }

    private static string? Currency(ReadOnlySpan<char> sign) => sign switch
    {
        "€" => "euro",
        "$" => "dollar",
        "£" => "pound",
        "¥" => "yen",
        _ => null,
    };

    /// <summary>The heaviest order-keeping alignment of two word lists (weighted longest common subsequence).</summary>
    private static List<(int Wire, int Fresh)> Align(List<ComparedWord> wire, List<ComparedWord> mt)
    {
        var n = wire.Count;
        var m = mt.Count;
        var best = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                var s = Score(wire[i], mt[j]);
                best[i, j] = Math.Max(Math.Max(best[i + 1, j], best[i, j + 1]), s > 0 ? s + best[i + 1, j + 1] : 0);
            }
        }

        var pairs = new List<(int, int)>();
        for (int i = 0, j = 0; i < n && j < m;)
        {
            var s = Score(wire[i], mt[j]);
            if (s > 0 && best[i, j] == s + best[i + 1, j + 1])
            {
                pairs.Add((i, j));
                i++;
                j++;
            }
            else if (best[i + 1, j] >= best[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return pairs;
    }

    /// <summary>The words of text[start, end): hyphenated compounds split, numbers as values, possessives dropped.</summary>
    internal static List<ComparedWord> Words(string text, int start, int end)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, start, end, tokens);
        var words = new List<ComparedWord>();
        var mentions = NumberReader.Read(text, start, end, "en");
        var previousEnd = start;
        var sentenceStart = true;
        ComparedWord? pendingCurrency = null;

        void AddCurrency()
        {
            if (pendingCurrency is not null)
            {
                words.Add(pendingCurrency with { Index = words.Count });
                pendingCurrency = null;
            }
        }

        foreach (var t in tokens)
        {
            // "€2.5 million" says "2.5 million euros" with a sign: the word goes after the amount, where English says it.
            if (t.Kind == TokenKind.Symbol && Currency(t.Slice(text)) is { } currency)
            {
                AddCurrency();
                pendingCurrency = new ComparedWord(t.Start, t.End, 0, t.GetText(text), currency, currency, true, false, false, false);
                sentenceStart = false;
                continue;
            }

            if (pendingCurrency is not null && !(t.Kind == TokenKind.Word && (NumberKeys(text, t.Start, t.End, mentions, "en") is not null || mentions.Any(m => m.Start < t.End && t.Start < m.End))))
            {
                AddCurrency();
            }

            if (t.Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                if (t.Slice(text) is "." or "!" or "?" or ":" or "\"" or "“" or "«" or "—" or "–")
                {
                    sentenceStart = true;
                }

                continue;
            }

            var raw = t.GetText(text);

            // "Spain" "'s": the possessive marks the word before it, and is no word of its own.
            if (raw is "'s" or "\u2019s" or "'" or "\u2019")
            {
                if (words.Count > 0)
                {
                    words[^1] = words[^1] with { Possessive = true };
                }

                continue;
            }

            var gap = words.Count > 0 && text.AsSpan(previousEnd, t.Start - previousEnd).ContainsAnyExcept(" \u00A0\u202F\t\r\n");
            previousEnd = t.End;
            var folded = Fold(raw);
            if (t.Kind is TokenKind.Url or TokenKind.Handle or TokenKind.Hashtag)
            {
                words.Add(new ComparedWord(t.Start, t.End, words.Count, raw, folded, folded, true, false, false, gap));
                sentenceStart = false;
                continue;
            }

            var capitalised = !sentenceStart && t.Shape is TokenShape.Capitalised or TokenShape.AllCaps or TokenShape.Mixed;
            sentenceStart = false;
            if (NumberKeys(text, t.Start, t.End, mentions, "en") is { } whole)
            {
                words.Add(new ComparedWord(t.Start, t.End, words.Count, raw, "#" + whole.Keys[0], "#" + whole.Keys[0], true, true, false, gap) { NumberKeys = whole.Keys, SoftNumber = whole.Soft });
                continue;
            }

            var offset = 0;
            var parts = folded.Split('-', '\u2011');
            for (var p = 0; p < parts.Length; p++)
            {
                var part = parts[p];
                var partStart = t.Start + offset;
                offset += part.Length + 1;
                var key = part.EndsWith("'s", StringComparison.Ordinal) ? part[..^2] : part;
                if (key.Length == 0 || !key.Any(char.IsLetterOrDigit))
                {
                    continue;
                }

                var partEnd = Math.Min(t.End, partStart + part.Length);
                var number = NumberKeys(text, partStart, partEnd, mentions, "en");

                // "78-year-old" is an age, as ", 78," is: "year" and "old" after a number are its unit.
                var age = p > 0 && words.Count > 0 && (key is "old" || (key is "year" or "years" && p + 1 < parts.Length && parts[p + 1] == "old")) && (words[^1].IsNumber || words[^1].Key is "year" or "years");
                var content = number is not null || (key.Length >= 2 && !age && !EnglishFunctionWords.All.Contains(key));
                words.Add(new ComparedWord(partStart, partEnd, words.Count, text[partStart..partEnd],
                    number is null ? key : "#" + number.Value.Keys[0], number is null ? EnglishStem.Of(key) : "#" + number.Value.Keys[0], content, number is not null, capitalised, gap)
                { Possessive = key.Length < part.Length, NumberKeys = number?.Keys ?? [], SoftNumber = number?.Soft ?? false });
                gap = false;
            }
        }

        AddCurrency();
        return words;
    }

    /// <summary>
    /// What the source text itself vouches for: its words (folded), its numbers in its own conventions,
    /// and names the bilingual checks' <see cref="NameMatcher"/> takes for the same ("Gagarine" / "Gagarin", "Merkels" / "Merkel").
    /// </summary>
    private sealed class SourceSupport
    {
        private readonly HashSet<string> _words = new(StringComparer.Ordinal);
        private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);
        private readonly List<NameForm> _names = [];

        public SourceSupport(string source, string language)
        {
            var mentions = NumberReader.Read(source, 0, source.Length, language);
            _numbers.UnionWith(mentions.SelectMany(m => m.Keys));
            foreach (var t in Tokenizer.Tokenize(source))
            {
                if (t.Kind is not (TokenKind.Punctuation or TokenKind.Symbol))
                {
                    var folded = Fold(t.GetText(source));
                    _words.Add(folded);
                    foreach (var part in folded.Split('-', '\u2011', '\''))
                    {
                        _words.Add(part);
                    }

                    var word = BilingualWords.WithoutElision(t.GetText(source));
                    if (word.Length >= 4 && char.IsUpper(word[0]))
                    {
                        _names.Add(NameForm.Of(word));
                    }

                    // "1,5" of "1,5 millions": the figure alone, as a wire may write it.
                    if (mentions.Any(m => m.Start < t.End && t.Start < m.End))
                    {
                        _numbers.UnionWith(NumberReader.Read(source, t.Start, t.End, language).SelectMany(m => m.Keys));
                    }
                }
            }
        }

        public bool Supports(ComparedWord w)
        {
            if (w.IsNumber)
            {
                return w.NumberKeys.Any(_numbers.Contains) || _words.Contains(Fold(w.Text));
            }

            if (_words.Contains(w.Key))
            {
                return true;
            }

            // A name transliterated or declined ("Tchernychenko" / "Chernyshenko", "Vollmers" / "Vollmer").
            if (!w.IsCapitalised || w.Key.Length < 4)
            {
                return false;
            }

            var form = NameForm.Of(w.Text);
            return _names.Any(n => NameMatcher.Same(n, form));
        }
    }
}
