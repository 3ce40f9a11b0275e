using Translation.Quality.Documents;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// Word links inside one aligned sentence pair: each content word of the target is linked when a word of the
/// source supports it, each content word of the source when the target renders it. A link is a rendering in the
/// bilingual dictionary (German compounds through their last part), a cognate (same first letters once case and
/// accents are folded), a name spelt another way, or an agreeing number. Support is looked for in the wide
/// ranges (the link's neighbours too), so that a phrase moved across a sentence boundary is still found.
/// </summary>
internal sealed class PhraseAlignment
{
    private PhraseAlignment(List<AlignedWord> target, List<AlignedWord> source)
    {
        Target = target;
        Source = source;
    }

    /// <summary>The target range's content words in order.</summary>
    public List<AlignedWord> Target { get; }

    /// <summary>The source range's content words in order.</summary>
    public List<AlignedWord> Source { get; }

    /// <summary>The share of a side's content words that are linked, leaving out those of <paramref name="run"/>: how far the pair is a translation at all.</summary>
    public static double Support(List<AlignedWord> words, WordRun run)
    {
        int total = 0, linked = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (i >= run.First && i <= run.Last)
            {
                continue;
            }

            total++;
            linked += words[i].Linked ? 1 : 0;
        }

        return total == 0 ? 0 : (double)linked / total;
    }

    public static PhraseAlignment Align(RuleContext context, TextSpan target, TextSpan wideTarget, TextSpan source, TextSpan wideSource, bool neighbours, int nameWeight = 2)
    {
        var bilingual = context.Bilingual!;
        var language = bilingual.SourceLanguage;
        var dictionary = BilingualDictionary.For(language);
        var memo = BilingualMemo.Of(context);
        var text = context.Text;
        var sourceText = bilingual.Source;

        // What the wide source offers: the keys of its words and of their renderings, its names, its numbers.
        var sourceKeys = new HashSet<string>(StringComparer.Ordinal);
        var sourceNames = new List<NameForm>();
        var offered = neighbours ? wideSource : source;
        foreach (var w in BilingualWords.Words(sourceText, offered.Start, offered.End))
        {
            foreach (var part in Parts(sourceText, w))
            {
                sourceKeys.Add(BilingualDictionary.Key(part));
                foreach (var r in Renderings(dictionary, part, language))
                {
                    sourceKeys.Add(r);
                }

                if (char.IsUpper(sourceText[w.Start]))
                {
                    sourceNames.Add(NameForm.Of(part));
                }
            }
        }

        var sourceNumbers = memo.Numbers(context, source: true, offered);
        var targetNumbers = memo.Numbers(context, source: false, wideTarget);

        var targetWords = new List<AlignedWord>();
        foreach (var w in BilingualWords.Words(text, target.Start, target.End))
        {
            if (Number(memo.Numbers(context, source: false, target), w) is { } mention)
            {
                targetWords.Add(new AlignedWord(w, Linked: sourceNumbers.Exists(mention.Agrees), Known: false, Name: false) { Number = true });
                continue;
            }

            if (!BilingualWords.IsContent(text.AsSpan(w.Start, w.Length), "en"))
            {
                continue;
            }

            var linked = false;
            foreach (var part in Parts(text, w))
            {
                linked |= EnglishKeys(part).Any(sourceKeys.Contains) || (char.IsUpper(text[w.Start]) && SameName(part, sourceNames));
            }

            var targetName = char.IsUpper(text[w.Start]) && !StartsSentence(text, target.Start, w.Start);
            targetWords.Add(new AlignedWord(w, linked, Known: true, Name: targetName));
        }

        // Source words are linked one to one: each target word renders one source word, so a source word said
        // twice, or a common word ("year") used elsewhere in the sentence, does not cover a dropped phrase.
        var targetSide = new List<(string[] Parts, NumberMention? Number, bool Upper)>();
        foreach (var tw in targetWords)
        {
            var number = tw.Number ? Number(memo.Numbers(context, source: false, target), tw.Span) : null;
            targetSide.Add(([.. Parts(text, tw.Span)], number, char.IsUpper(text[tw.Span.Start])));
        }

        var sourceWords = new List<AlignedWord>();
        var candidates = new List<(int Source, int Target, int Score, double Distance)>();
        var sourceNumbersHere = memo.Numbers(context, source: true, source);
        var lexicon = language == "de" ? Translation.Quality.Lexicon.Lexicons.For(language) : null;
        foreach (var w in BilingualWords.Words(sourceText, source.Start, source.End))
        {
            var index = sourceWords.Count;
            if (Number(sourceNumbersHere, w) is { } mention)
            {
                // Numbers are the number rule's business: they neither count in a run nor break one.
                sourceWords.Add(new AlignedWord(w, Linked: false, Known: false, Name: false) { Number = true });
                for (var k = 0; k < targetSide.Count; k++)
                {
                    if (targetSide[k].Number is { } tn && tn.Agrees(mention))
                    {
                        candidates.Add((index, k, 3, 0));
                    }
                }

                continue;
            }

            if (!BilingualWords.IsContent(sourceText.AsSpan(w.Start, w.Length), language) || Function(language).Contains(BilingualWords.Fold(sourceText.AsSpan(w.Start, w.Length))))
            {
                continue;
            }

            // An acronym or a dateline's capitals ("AFP", "PARIS") is the names and markup rules' business.
            if (AllCaps(sourceText.AsSpan(w.Start, w.Length)))
            {
                sourceWords.Add(new AlignedWord(w, Linked: false, Known: false, Name: true));
                continue;
            }

            bool known = false, listed = false;
            var upper = char.IsUpper(BilingualWords.WithoutElision(sourceText[w.Start..w.End])[0]);
            var parts = Parts(sourceText, w).ToList();
            var renderings = new HashSet<string>(StringComparer.Ordinal);
            foreach (var part in parts)
            {
                var found = Renderings(dictionary, part, language);
                known |= found.Count > 0;
                listed |= dictionary.Renderings(part).Any();
                renderings.UnionWith(found);
            }

            for (var k = 0; k < targetSide.Count; k++)
            {
                var score = 0;
                foreach (var tp in targetSide[k].Parts)
                {
                    foreach (var sp in parts)
                    {
                        if (tp == sp || (upper && targetSide[k].Upper && NameMatcher.Same(NameForm.Of(sp), NameForm.Of(tp))))
                        {
                            score = 3;
                        }
                        else if (BilingualDictionary.Key(tp) == BilingualDictionary.Key(sp))
                        {
                            score = Math.Max(score, 2);
                        }
                    }

                    if (score == 0 && EnglishKeys(tp).Any(renderings.Contains))
                    {
                        score = 1;
                    }
                }

                if (score > 0)
                {
                    candidates.Add((index, k, score, 0));
                }
            }

            // A capitalised word the dictionary does not know, past the sentence's start, is most likely a name; in German,
            // where every noun is capitalised, only one the German word list does not know either.
            var name = upper && (language == "de" ? !listed : !known) && !StartsSentence(sourceText, source.Start, w.Start) && (lexicon is null || lexicon.Contains(parts[^1]) != true);
            var weight = name ? nameWeight : language == "de" && w.Length >= 13 ? 2 : 1;
            sourceWords.Add(new AlignedWord(w, Linked: false, known || name, name) { Keys = [.. parts.Select(BilingualDictionary.Key), .. renderings], Weight = weight });
        }

        // Strongest evidence first, then the pair nearest the same relative place in its sentence.
        for (var c = 0; c < candidates.Count; c++)
        {
            var (si, ti, score, _) = candidates[c];
            candidates[c] = (si, ti, score, Math.Abs(((double)si / Math.Max(1, sourceWords.Count)) - ((double)ti / Math.Max(1, targetWords.Count))));
        }

        candidates.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Distance.CompareTo(b.Distance));
        var usedTarget = new bool[targetWords.Count];
        foreach (var (si, ti, _, _) in candidates)
        {
            if (!sourceWords[si].Linked && !usedTarget[ti])
            {
                usedTarget[ti] = true;
                sourceWords[si] = sourceWords[si] with { Linked = true, Partner = ti };
            }
        }

        // A source word left over may have been rendered in a neighbouring sentence (a phrase moved across a boundary).
        if (neighbours)
        {
            var outside = new HashSet<string>(StringComparer.Ordinal);
            var outsideNames = new List<NameForm>();
            foreach (var w in BilingualWords.Words(text, wideTarget.Start, wideTarget.End))
            {
                if (w.Start >= target.Start && w.End <= target.End)
                {
                    continue;
                }

                foreach (var part in Parts(text, w))
                {
                    outside.Add(BilingualDictionary.Key(part));
                    if (char.IsUpper(text[w.Start]))
                    {
                        outsideNames.Add(NameForm.Of(part));
                    }
                }
            }

            for (var i = 0; i < sourceWords.Count; i++)
            {
                var sw = sourceWords[i];
                if (!sw.Linked && (sw.Number ? targetNumbers.Exists(Number(sourceNumbersHere, sw.Span)!.Agrees) : sw.Keys.Any(outside.Contains) || (sw.Name && SameName(BilingualWords.Fold(BilingualWords.WithoutElision(sourceText[sw.Span.Start..sw.Span.End])), outsideNames))))
                {
                    sourceWords[i] = sw with { Linked = true };
                }
            }
        }

        return new PhraseAlignment(targetWords, sourceWords);
    }

    /// <summary>Runs of unlinked known words with at least <paramref name="minWords"/> of them; unknown words neither count nor break a run.</summary>
    public static IEnumerable<WordRun> Runs(List<AlignedWord> words, int minWords)
    {
        var i = 0;
        while (i < words.Count)
        {
            if (words[i].Linked || !words[i].Known)
            {
                i++;
                continue;
            }

            var first = i;
            var last = i;
            var count = 0;
            while (i < words.Count && !words[i].Linked)
            {
                if (words[i].Known)
                {
                    // A name or number left without counterpart says more than a common word does.
                    count += words[i].Weight;
                    last = i;
                }

                i++;
            }

            if (count >= minWords)
            {
                yield return new WordRun(first, last, count);
            }
        }
    }

    /// <summary>
    /// The keys of an English word and of its bare forms: a rendering is listed by its base form, and a short one
    /// keeps its inflection in the key ("dies" → "die", "cities" → "city", "ruled" → "rule").
    /// </summary>
    internal static IEnumerable<string> EnglishKeys(string folded)
    {
        yield return BilingualDictionary.Key(folded);
        if (folded.Length > BilingualDictionary.KeyLength + 3)
        {
            yield break;
        }

        foreach (var (ending, replacement) in EnglishEndings)
        {
            if (folded.Length > ending.Length + 1 && folded.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return BilingualDictionary.Key(string.Concat(folded.AsSpan(0, folded.Length - ending.Length), replacement));
            }
        }
    }

    private static readonly (string Ending, string Replacement)[] EnglishEndings =
        [("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e")];

    /// <summary>Infinitives a finite verb form or participle may come from (folded, accents gone), most likely first.</summary>
    private static IEnumerable<string> VerbLemmas(string folded, string language)
    {
        var (endings, infinitives) = language switch
        {
            "fr" => (FrenchEndings, FrenchInfinitives),
            "es" => (SpanishEndings, SpanishInfinitives),
            "de" => (GermanEndings, GermanInfinitives),
            _ => ([], []),
        };

        var stems = new List<string> { folded };
        if (language == "de" && folded.Length > 6 && folded.StartsWith("ge", StringComparison.Ordinal))
        {
            stems.Add(folded[2..]);
        }

        foreach (var stem in stems)
        {
            foreach (var ending in endings)
            {
                if (stem.Length - ending.Length < 3 || !stem.EndsWith(ending, StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var infinitive in infinitives)
                {
                    yield return string.Concat(stem.AsSpan(0, stem.Length - ending.Length), infinitive);
                }
            }
        }
    }

    private static readonly string[] FrenchEndings = ["aient", "ait", "ent", "ons", "ez", "ees", "ee", "es", "e", "a", "ant", "it", "is", "ie", "ies", "issent", "issait"];
    private static readonly string[] FrenchInfinitives = ["er", "ir", "re"];
    private static readonly string[] SpanishEndings = ["aron", "ieron", "ados", "adas", "ado", "ada", "idos", "idas", "ido", "ida", "ando", "iendo", "aba", "aban", "an", "en", "o", "a", "e", "io"];
    private static readonly string[] SpanishInfinitives = ["ar", "er", "ir"];
    private static readonly string[] GermanEndings = ["ten", "te", "tet", "et", "t", "en", "e", "st"];
    private static readonly string[] GermanInfinitives = ["en", "n"];

    /// <summary>Prepositions, relatives and auxiliaries the content-word count keeps but that render as no content word of their own.</summary>
    private static HashSet<string> Function(string language) => language switch
    {
        "fr" => FrenchFunction,
        "es" => SpanishFunction,
        "de" => GermanFunction,
        _ => [],
    };

    private static readonly HashSet<string> FrenchFunction = new(StringComparer.Ordinal)
    {
        "entre", "selon", "sans", "sous", "vers", "chez", "devant", "derriere", "aupres", "pendant", "depuis", "avant", "apres", "contre", "lors", "durant", "va", "vont", "doit", "doivent", "peut", "peuvent",
    };

    private static readonly HashSet<string> SpanishFunction = new(StringComparer.Ordinal)
    {
        "entre", "durante", "segun", "sin", "sobre", "ante", "tras", "hacia", "desde", "hasta", "contra", "va", "van", "deben", "pueden", "hay",
    };

    private static readonly HashSet<string> GermanFunction = new(StringComparer.Ordinal)
    {
        "zwischen", "denen", "wurden", "wurde", "gegen", "unter", "uber", "ohne", "durch", "beim", "vom", "zum", "zur", "sollen", "soll", "muss", "mussen", "kann", "konnen", "haben", "hat",
    };

    private static bool AllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    private static NumberMention? Number(List<NumberMention> mentions, TextSpan word)
    {
        foreach (var m in mentions)
        {
            // A soft mention ("ein", "one", "first") is a word like any other here.
            if (!m.Soft && m.Start <= word.Start && word.End <= m.End)
            {
                return m;
            }
        }

        return null;
    }

    private static bool SameName(string folded, List<NameForm> names)
    {
        var form = NameForm.Of(folded);
        foreach (var n in names)
        {
            if (NameMatcher.Same(form, n))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether only punctuation, quotes or a sentence end stand between the range's start (or the last full stop) and the word.</summary>
    private static bool StartsSentence(string text, int start, int at)
    {
        for (var j = at - 1; j >= start; j--)
        {
            if (char.IsLetterOrDigit(text[j]))
            {
                return false;
            }

            if (text[j] is '.' or '!' or '?' or ':')
            {
                return true;
            }
        }

        return true;
    }

    /// <summary>A word's folded parts: itself without elision, and its hyphenated pieces ("centre-ville" → "centre", "ville").</summary>
    private static IEnumerable<string> Parts(string text, TextSpan w)
    {
        var word = BilingualWords.WithoutElision(text[w.Start..w.End]);
        var folded = BilingualWords.Fold(word);
        if (!folded.Contains('-', StringComparison.Ordinal))
        {
            yield return folded;
            yield break;
        }

        foreach (var piece in folded.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece.Length >= 2)
            {
                yield return piece;
            }
        }
    }

    /// <summary>The English keys of a source word; a German compound the table lacks is read by its longest known last part ("Fernverkehr" → "Verkehr").</summary>
    private static List<string> Renderings(BilingualDictionary dictionary, string folded, string language)
    {
        var found = dictionary.Renderings(folded).ToList();
        if (found.Count > 0)
        {
            return found;
        }

        // The table lists verbs by their infinitive: "lobte" → "loben", "geliefert" → "liefern", "votaron" → "votar".
        foreach (var lemma in VerbLemmas(folded, language))
        {
            found = dictionary.Renderings(lemma).ToList();
            if (found.Count > 0)
            {
                return found;
            }
        }

        if (language != "de" || folded.Length < 8)
        {
            return found;
        }

        for (var i = 3; i <= folded.Length - 4; i++)
        {
            var tail = dictionary.Renderings(folded[i..]).ToList();
            if (tail.Count > 0)
            {
                // The first part too, without a linking "s": "Arbeitsmarkt" → "Arbeit" + "Markt".
                var head = folded[..i];
                tail.AddRange(dictionary.Renderings(head));
                if (head.EndsWith('s'))
                {
                    tail.AddRange(dictionary.Renderings(head[..^1]));
                }

                return tail;
            }
        }

        return found;
    }
}

/// <summary>A content word of one side of a pair, and whether the other side has its counterpart.</summary>
/// <param name="Known">Whether the word could be linked at all: a word no table knows is no evidence either way.</param>
/// <param name="Name">A capitalised word inside the sentence, read as a name.</param>
internal readonly record struct AlignedWord(TextSpan Span, bool Linked, bool Known, bool Name)
{
    /// <summary>What the word weighs in a run: a name, a number or a long German compound says more than a common word.</summary>
    public int Weight { get; init; } = 1;

    /// <summary>A number (digits or words the number reader took).</summary>
    public bool Number { get; init; }

    /// <summary>For a source word: the target word it is linked to one to one (-1 for none or a neighbour's).</summary>
    public int Partner { get; init; } = -1;

    /// <summary>For a source word: its keys and its renderings' keys.</summary>
    public string[] Keys { get; init; } = [];
}

/// <summary>Content words First..Last (indices into one side's words) with none linked; <paramref name="Count"/> their weight (known words, names and numbers twice).</summary>
internal readonly record struct WordRun(int First, int Last, int Count)
{
    /// <summary>No run: every word counts.</summary>
    public static WordRun None => new(-1, -1, 0);
}
