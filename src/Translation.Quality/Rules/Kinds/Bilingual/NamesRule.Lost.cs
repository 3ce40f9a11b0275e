using Translation.Quality.Documents;
using Translation.Quality.Lexicon;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>Which side's names a <c>names</c> rule looks for in the other.</summary>
internal enum NameDirection
{
    /// <summary>The translation's names in the source: a name the source does not have is a different one.</summary>
    Target,

    /// <summary>The source's names in the translation: a name the translation does not have was dropped with its phrase.</summary>
    Source,
}

/// <summary>
/// <c>direction: source</c> — a name of the source sentence that the translation, its neighbours included,
/// does not have in any spelling, declension, exonym or country word: "in Schweinfurt und Zwickau" rendered
/// "in Schweinfurt", "seguido de Francia y Alemania" rendered "followed by France". A dropped name takes its
/// phrase with it, so the finding is an omission; it sits on the name the translation kept beside it, else on
/// the sentence. Words the source's lexicon or dictionary knows as common words written with a capital
/// ("el Gobierno", German nouns) are no names here; nor is a first name whose surname the translation keeps.
/// </summary>
internal sealed partial class NamesRule
{
    private readonly bool _lost;

    /// <summary>Folded source form → the folded English words whose exonym it is ("alemania" → "germany").</summary>
    private Dictionary<string, List<string>>? _englishOf;

    private void CheckLost(RuleContext context)
    {
        var bilingual = context.Bilingual!;
        var source = bilingual.Source;
        var text = context.Text;
        var language = bilingual.SourceLanguage;
        foreach (var view in LinkView.All(context))
        {
            if (view is not { Target: { } t, Source: { } s, WideTarget: { } wide, LowConfidence: false, Untranslated: false })
            {
                continue;
            }

            // Most source names stand in the translation as they are: only a sentence with one that does not is read word by word.
            var wideText = text.AsSpan(wide.Start, wide.End - wide.Start);
            var names = SourceNames(source, s, language, wideText);
            if (names.Count == 0 || names.TrueForAll(n => n.Verbatim))
            {
                continue;
            }

            var targetWords = BilingualWords.Words(text, wide.Start, wide.End).ConvertAll(w => (Span: w, Form: NameForm.Of(text[w.Start..w.End])));
            var targetFolded = targetWords.Select(w => w.Form.Folded).ToHashSet(StringComparer.Ordinal);

            var found = names.ConvertAll(n => Kept(n.Form, language, targetWords, targetFolded));
            var lostCount = found.Count(f => !f);
            if (lostCount == 0 || Substituted(context, t, view.WideSource!.Value) >= lostCount)
            {
                continue;
            }
            for (var i = 0; i < names.Count; i++)
            {
                // A first name the translation leaves out before a surname it keeps ("Chancellor Merz"); a surname beside a
                // first name it keeps is one it spelt another way, which the names rule reports ("Jesper Lundt").
                if (found[i] || (i + 1 < names.Count && found[i + 1] && Adjacent(source, names[i].Span, names[i + 1].Span))
                    || (i > 0 && found[i - 1] && Adjacent(source, names[i - 1].Span, names[i].Span)))
                {
                    continue;
                }

                // One finding for a name of several words ("Cortina d'Ampezzo").
                var first = i;
                while (i + 1 < names.Count && !found[i + 1] && Adjacent(source, names[i].Span, names[i + 1].Span))
                {
                    i++;
                }

                var lost = new TextSpan(names[first].Span.Start, names[i].Span.End);
                var where = Beside(source, names, found, first, i, targetWords, t) ?? t;
                context.Report(where.Start, where.End, $"The translation leaves out the name '{source[lost.Start..lost.End]}' of its source.", Info.Suggestion, bilingual.SpanOf(lost));
            }
        }
    }

    /// <summary>The word, whole, in the text (case aside).</summary>
    private static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        var from = 0;
        while (from < text.Length && text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase) is var at and >= 0)
        {
            var start = from + at;
            var end = start + word.Length;
            if ((start == 0 || !char.IsLetter(text[start - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            from = start + 1;
        }

        return false;
    }

    /// <summary>
    /// How many name words of the target sentence the source does not have: a name put in the place of the lost one
    /// ("Mainz" for "Wiesbaden") is a different name, which the names rule reports, not an omission.
    /// </summary>
    private int Substituted(RuleContext context, TextSpan target, TextSpan wideSource)
    {
        var text = context.Text;
        var sourceWords = BilingualMemo.Of(context).SourceWords(context, wideSource, NameWords).ConvertAll(w => w.Form);
        var foldedSource = " " + string.Join(' ', sourceWords.Select(w => w.Folded)) + " ";
        // As the names rule reads them: a group whose last word the source has ("Deutsche Bahn" for "die Bahn") names no one else.
        return TargetNames(context, target).Sum(group => Found(text[group[^1].Start..group[^1].End], sourceWords, foldedSource)
            ? 0
            : group.Count(w => !Found(text[w.Start..w.End], sourceWords, foldedSource)));
    }

    /// <summary>
    /// The source sentence's name words, in order: capitalised, not opening the sentence, not a common word of the source,
    /// unless the translation keeps the word as it is ("Kiel" is also a keel): then it is a name, kept.
    /// </summary>
    private List<(TextSpan Span, NameForm Form, bool Verbatim)> SourceNames(string source, TextSpan range, string language, ReadOnlySpan<char> target)
    {
        var result = new List<(TextSpan, NameForm, bool)>();
        var lexicon = Lexicons.For(language);
        foreach (var span in BilingualWords.Words(source, range.Start, range.End))
        {
            var word = BilingualWords.WithoutElision(source[span.Start..span.End]);
            var w = new TextSpan(span.End - word.Length, span.End);
            // Hashtags and handles are the markup rule's ("#BatteriesFrançaises").
            if (!IsNameWord(word, language) || IsSentenceInitial(source, null, w.Start) || (span.Start > 0 && source[span.Start - 1] is '#' or '@'))
            {
                continue;
            }

            // Acronyms are often translated ("BCE" → "ECB", "PIB" → "GDP"): the names rule compares those.
            if (IsAcronym(word))
            {
                continue;
            }

            var verbatim = ContainsWord(target, word);
            if (!verbatim && IsCommonWord(word, language, lexicon))
            {
                continue;
            }

            result.Add((w, NameForm.Of(word), verbatim));
        }

        return result;
    }

    /// <summary>
    /// A common word written with a capital. In French and Spanish: one the lexicon also lists in lower case
    /// ("Gobierno"). In German, where every noun has a capital:
    /// a dictionary headword with another rendering or with a noun's plural and case forms ("Polizei", "Hälfte"; not
    /// "Bremen", which renders as itself and has only a genitive), or a compound of listed words whose last part names
    /// no place ("Parteibasis", not "Lichtenberg").
    /// </summary>
    private static bool IsCommonWord(string word, string language, WordTable? lexicon)
    {
        if (lexicon is null || word.Length > WordKey.MaxLength)
        {
            return false;
        }

        var german = language == "de";
        if (german && word.Contains('-', StringComparison.Ordinal))
        {
            return word.Split('-', StringSplitOptions.RemoveEmptyEntries).Any(part => part.Length > 1 && !IsAcronym(part) && IsCommonWord(part, language, lexicon));
        }

        Span<char> key = stackalloc char[word.Length];
        WordKey.Normalise(word, key);
        var flags = lexicon.FlagsOf(key);
        // Hunspell lists French and Spanish proper names with their capital only ("Alemania", which renders as Germany).
        if (!german)
        {
            return (flags & WordFlags.Lower) != 0;
        }

        var folded = BilingualWords.Fold(word);
        var own = BilingualDictionary.Key(folded);
        var renderings = BilingualDictionary.For(language).Renderings(folded).ToList();

        if (renderings.Any(r => r != own) || ((renderings.Count > 0 || (flags & WordFlags.Dictionary) != 0) && NounShapes.IsNounForm(lexicon, key, placeNames: true)))
        {
            return true;
        }

        return renderings.Count == 0 && IsLooseCompound(lexicon, key);
    }

    /// <summary>A listed word of three letters or more, then a listed word of four or more ("Donnerstag" + "morgen"), the whole not ending like a place.</summary>
    private static bool IsLooseCompound(WordTable lexicon, ReadOnlySpan<char> key)
    {
        if (key.Length < 7 || NounShapes.EndsLikeAName(lexicon, key))
        {
            return false;
        }

        for (var split = 3; split <= key.Length - 4; split++)
        {
            // The head may have dropped its "e" before the next part ("Pflanz" + "kübel" from "Pflanze").
            if ((lexicon.Find(key[..split]) >= 0 || ListedWithE(lexicon, key[..split])) && (lexicon.FlagsOf(key[split..]) & WordFlags.Dictionary) != 0)
            {
                return true;
            }
        }

        return NounShapes.IsCompound(lexicon, key);
    }

    private static bool ListedWithE(WordTable lexicon, ReadOnlySpan<char> head)
    {
        Span<char> withE = stackalloc char[head.Length + 1];
        head.CopyTo(withE);
        withE[^1] = 'e';
        return lexicon.Find(withE) >= 0;
    }

    /// <summary>Whether the translation has the name: the same name, an exonym of it, or its country.</summary>
    private bool Kept(NameForm name, string language, List<(TextSpan Span, NameForm Form)> targetWords, HashSet<string> targetFolded)
    {
        if (targetWords.Exists(w => NameMatcher.Same(w.Form, name)))
        {
            return true;
        }

        // A name the translation misspells is kept, wrongly: the names rule reports that ("Akgün" as "Akgül").
        if (name.Folded.Length >= 5 && targetWords.Exists(w => w.Form.Folded.Length >= 5 && w.Form.Folded[0] == name.Folded[0] && NameMatcher.Levenshtein(w.Form.Folded, name.Folded, 2) <= 2))
        {
            return true;
        }

        _englishOf ??= ReverseExonyms();
        var spaced = name.Folded.Replace('-', ' ');
        if ((_englishOf.TryGetValue(name.Folded, out var english) || _englishOf.TryGetValue(spaced, out english)) && english.Exists(targetFolded.Contains))
        {
            return true;
        }

        // A country by its name or adjective, of one word or several ("Royaume-Uni", "Nordrhein-Westfalen").
        var countries = DemonymTable.Default.Read(language, spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries)).All;
        return countries.Any(country => country.Names.Concat(country.Demonyms).Any(seq => seq.All(targetFolded.Contains)));
    }

    private Dictionary<string, List<string>> ReverseExonyms()
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (english, forms) in _exonyms)
        {
            foreach (var form in forms)
            {
                var whole = form.TrimEnd('*');
                foreach (var part in whole.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(whole).Distinct())
                {
                    if (!map.TryGetValue(part, out var list))
                    {
                        map[part] = list = [];
                    }

                    list.Add(english);
                }
            }
        }

        return map;
    }

    /// <summary>
    /// The translation's rendering of a source name the translation kept right beside the lost one (a few words away,
    /// as in "Schweinfurt und Zwickau"), in the same target sentence; null when there is none.
    /// </summary>
    private static TextSpan? Beside(string source, List<(TextSpan Span, NameForm Form, bool Verbatim)> names, List<bool> found, int first, int last, List<(TextSpan Span, NameForm Form)> targetWords, TextSpan sentence)
    {
        const int Near = 12;
        foreach (var k in new[] { first - 1, last + 1 })
        {
            if (k < 0 || k >= names.Count || !found[k])
            {
                continue;
            }

            var gap = k < first ? names[first].Span.Start - names[k].Span.End : names[k].Span.Start - names[last].Span.End;
            if (gap > Near || source.AsSpan(Math.Min(names[k].Span.End, names[last].Span.End), gap).IndexOfAny(".;:") >= 0)
            {
                continue;
            }

            foreach (var (span, form) in targetWords)
            {
                if (span.Start >= sentence.Start && span.End <= sentence.End && NameMatcher.Same(form, names[k].Form))
                {
                    return span;
                }
            }
        }

        return null;
    }

    /// <summary>Two source words with only a space, a hyphen or an elided particle between them: one name ("Cortina d'Ampezzo"), not "Valencia y Castellón".</summary>
    private static bool Adjacent(string source, TextSpan left, TextSpan right)
    {
        for (var i = left.End; i < right.Start; i++)
        {
            var elided = char.IsLower(source[i]) && i + 1 < right.Start && source[i + 1] is '\'' or '\u2019';
            if (source[i] is not (' ' or '\'' or '\u2019' or '-') && !elided)
            {
                return false;
            }
        }

        return true;
    }
}
