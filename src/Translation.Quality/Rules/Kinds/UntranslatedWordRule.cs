using System.Collections.Frozen;
using Translation.Quality.Yaml;
using Translation.Quality.Lexicon;
using Translation.Quality.Text;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: untranslated-word</c> — a source-language word or short run left in the English ("a
/// grève générale", "trains were gestrichen", "the Landtag approved", "the Audiencia Nacional"),
/// found with the shipped lexicons: a word the source lexicon lists and English does not know (or
/// knows only as a rare entry of its big word list). Source stopwords ("de", "la", "der") join a
/// run but never make one. Capitalised words are names unless, in a language that capitalises its
/// nouns (<c>capitalisedNouns</c>, default German), a source noun follows a determiner ("the
/// Landtag") or is a plural or long compound after a verb ("said Hausärzte would"); with
/// <c>capitalisedRuns: true</c> also two or three capitalised source common words ("Audiencia Nacional").
/// Quiet on the <c>allow</c> list (borrowings English copy uses), on quoted terms and on glossed
/// ones ("the Landtag (state parliament)", "the Landtag, the state assembly,"), and where the
/// clause detector (<c>kind: untranslated</c>) finds a longer foreign run. <c>languages</c> lists
/// the lexicons to look in (default: the article's source); languages other than the article's
/// source need stronger evidence (a word English does not list at all, of five letters or more).
/// </summary>
internal sealed class UntranslatedWordRule : IRule
{
    private static readonly FrozenSet<string> MentionWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "called", "dubbed", "termed", "so-called", "named", "word", "term", "phrase", "literally", "slogan", "motto", "nicknamed", "as");

    private static readonly FrozenSet<string> AppositionStarts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "who", "which", "whose", "where", "one", "its", "his", "her", "their", "whom", "based", "founded", "now");

    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "of", "off", "in", "into", "from", "at", "near", "to", "on", "for", "by", "with", "via", "around", "across", "outside", "inside", "between", "toward", "towards");

    private static readonly FrozenSet<string> NumberWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "dozens", "hundreds", "thousands", "millions");

    private static readonly FrozenSet<string> GlossStarts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "or", "meaning", "literally", "i.e.", "which", "known");

    private readonly Options _options;

    private UntranslatedWordRule(RuleInfo info, Options options)
    {
        Info = info;
        _options = options;
    }

    public RuleInfo Info { get; }

    public IReadOnlyList<RuleData> Data => RuleData.AllLexicons;

    public void Check(RuleContext context)
    {
        var analysis = context.Analysis;
        var source = analysis.Article.SourceLanguage.ToLowerInvariant();
        var languages = new List<(string Code, WordTable Table, bool Primary)>();
        foreach (var code in _options.Languages ?? [source])
        {
            if (code != "en" && Lexicons.For(code) is { } table)
            {
                languages.Add((code, table, code == source));
            }
        }

        if (languages.Count == 0)
        {
            return;
        }

        // The article's source first: a word it knows is its, not a third language's.
        languages.Sort((a, b) => b.Primary.CompareTo(a.Primary));
        var english = Lexicons.English;
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        var classes = new TokenClass[64];
        var reported = new List<(int Start, int End)>();
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var sentence = analysis.Sentences[s];
            if (classes.Length < sentence.TokenCount)
            {
                classes = new TokenClass[sentence.TokenCount];
            }

            // The first word is capitalised for its place, also after an opening quote or bracket ("\"Ainsi, …").
            var firstWord = SegmentShape.FirstWord(tokens, sentence) - sentence.FirstToken;

            var any = false;
            for (var k = 0; k < sentence.TokenCount; k++)
            {
                classes[k] = Classify(analysis, sentence.FirstToken + k, k == firstWord, english, languages);
                any |= classes[k].Kind is ClassKind.Content or ClassKind.CapitalCommon or ClassKind.CapitalNoun;
            }

            reported.Clear();
            if (any)
            {
                ReportRuns(context, s, classes.AsSpan(0, sentence.TokenCount), languages, reported);
            }

            if (languages[0].Primary)
            {
                ReportFunctionPhrases(context, s, sentence.FirstToken + firstWord, languages[0], reported);
            }
        }
    }

    /// <summary>Fixed phrases held by a source function word English never writes ("à cause de", "por fin"), where no run was reported.</summary>
    private void ReportFunctionPhrases(RuleContext context, int sentenceIndex, int firstWord, (string Code, WordTable Table, bool Primary) source, List<(int Start, int End)> reported)
    {
        var analysis = context.Analysis;
        var sentence = analysis.Sentences[sentenceIndex];
        var tokens = analysis.Tokens;
        if (SentenceCase.IsLost(tokens, sentence))
        {
            return;
        }

        IReadOnlyList<LanguageRun>? clauseRuns = null;
        var capitalisedNouns = _options.CapitalisedNouns.Contains(source.Code);
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || InAddress(analysis.Text, tokens[t])
                || SourceFunctionPhrase.Around(analysis, sentence, t, firstWord, source.Table, Lexicons.English, capitalisedNouns) is not var (first, last))
            {
                continue;
            }

            var start = tokens[first].Start;
            var end = tokens[last].End;
            t = last;
            if (Overlaps(reported, start, end) || InShortQuotation(analysis, first, last, sentence)
                || IsAllowed(analysis.Text, first, last, analysis) || IsQuotedOrGlossed(analysis, first, last, sentence, functionWords: true))
            {
                continue;
            }

            clauseRuns ??= analysis.HasLanguageIdentifier ? analysis.ForeignRunsOf(sentenceIndex) : [];
            if (Overlaps(clauseRuns, start, end))
            {
                continue;
            }

            reported.Add((start, end));
            var message = Info.Message.Replace("{language}", LanguageNames.EnglishName(source.Code), StringComparison.Ordinal)
                .Replace("{word}", analysis.Text[start..end], StringComparison.Ordinal);
            context.Report(start, end, message);
        }
    }

    private void ReportRuns(RuleContext context, int sentenceIndex, ReadOnlySpan<TokenClass> classes, List<(string Code, WordTable Table, bool Primary)> languages, List<(int Start, int End)> reported)
    {
        var analysis = context.Analysis;
        var english = Lexicons.English;
        var sentence = analysis.Sentences[sentenceIndex];
        var tokens = analysis.Tokens;
        IReadOnlyList<LanguageRun>? clauseRuns = null;
        var k = 0;
        while (k < classes.Length)
        {
            if (!IsContent(classes[k].Kind))
            {
                k++;
                continue;
            }

            // A run: content words of one language and case, bridged by its stopwords, adjacent tokens only.
            var language = classes[k].Language;
            var capital = classes[k].Kind != ClassKind.Content;
            var first = k;
            var last = k;
            var j = k + 1;
            while (j < classes.Length && Adjacent(analysis, sentence.FirstToken + j - 1, sentence.FirstToken + j))
            {
                var c = classes[j];
                if (IsContent(c.Kind) && c.Language == language && (c.Kind != ClassKind.Content) == capital)
                {
                    last = j;
                }
                else if (c.Kind == ClassKind.Bridge && c.Languages.Contains(language))
                {
                    // A stopword English does not know ("por", "und") may end a run; "de", "la" only join one.
                    if (c.CanEnd)
                    {
                        last = j;
                    }
                }
                else
                {
                    break;
                }

                j++;
            }

            // A stopword English does not know may also start the run ("por unanimidad").
            while (first > 0 && classes[first - 1].Kind == ClassKind.Bridge && classes[first - 1].CanEnd && classes[first - 1].Languages.Contains(language)
                   && Adjacent(analysis, sentence.FirstToken + first - 1, sentence.FirstToken + first))
            {
                first--;
            }

            k = last + 1;
            var firstToken = sentence.FirstToken + first;
            var lastToken = sentence.FirstToken + last;
            var contentWords = 0;
            var longest = 0;
            var initialOnly = true;
            var functionWords = true;
            for (var m = first; m <= last; m++)
            {
                if (IsContent(classes[m].Kind))
                {
                    contentWords++;
                    longest = Math.Max(longest, tokens[sentence.FirstToken + m].Length);
                    initialOnly &= classes[m].Initial;
                    functionWords &= classes[m].FunctionWord;
                }
            }

            // A sentence that lost its case hides names in lower case ("the association wohnen plus"): one word is no evidence there.
            if (initialOnly || (contentWords == 1 && SentenceCase.IsLost(tokens, sentence)) || !Qualifies(analysis, classes, first, last, contentWords, longest, capital, functionWords, sentence))
            {
                continue;
            }

            var start = tokens[firstToken].Start;
            var end = tokens[lastToken].End;
            if (ContinuesName(analysis, english, firstToken, sentence, capital) || InShortQuotation(analysis, firstToken, lastToken, sentence)
                || (capital && (NamesANoun(analysis, lastToken, sentence) || IsRecurringName(analysis, firstToken)))
                || (!capital && StartsWithName(analysis, english, firstToken, lastToken, sentence)))
            {
                continue;
            }

            if (IsAllowed(analysis.Text, firstToken, lastToken, analysis) || IsQuotedOrGlossed(analysis, firstToken, lastToken, sentence, functionWords))
            {
                continue;
            }

            // The clause detector (kind: untranslated, the article's source language) reports longer runs; one finding per span.
            clauseRuns ??= analysis.HasLanguageIdentifier ? analysis.ForeignRunsOf(sentenceIndex) : [];
            if (Overlaps(clauseRuns, start, end))
            {
                continue;
            }

            reported.Add((start, end));
            var name = LanguageNames.EnglishName(language);
            var message = Info.Message.Replace("{language}", name, StringComparison.Ordinal).Replace("{word}", analysis.Text[start..end], StringComparison.Ordinal);
            context.Report(start, end, message);
        }
    }

    // Loops, not lambdas: a lambda capturing a loop's locals costs an allocation on every pass of the loop.
    private static bool Overlaps(List<(int Start, int End)> spans, int start, int end)
    {
        foreach (var (s, e) in spans)
        {
            if (s < end && start < e)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(IReadOnlyList<LanguageRun> runs, int start, int end)
    {
        foreach (var r in runs)
        {
            if (r.Start < end && start < r.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a run is evidence enough: capitalised runs need two source common words or a determiner before a source noun.</summary>
    /// <param name="functionWords">Only the source's function words, which English has never seen ("dès", "lors"): three letters are evidence enough.</param>
    private bool Qualifies(AnalyzedText analysis, ReadOnlySpan<TokenClass> classes, int first, int last, int contentWords, int longest, bool capital, bool functionWords, Sentence sentence)
    {
        var tokens = analysis.Tokens;
        var firstToken = sentence.FirstToken + first;
        var lastToken = sentence.FirstToken + last;
        if (!capital)
        {
            // A short function word between capitalised words joins a name ("Sparkassen- und Giroverband").
            return contentWords > 1 || longest >= _options.MinLength
                   || (functionWords && longest >= 3 && !(firstToken > sentence.FirstToken && lastToken + 1 < sentence.EndToken
                                                          && IsCapitalWord(analysis, lastToken + 1) && NameBefore(analysis, firstToken - 1)));
        }

        // Part of a longer name ("Pedro Blanco", "the Müller Group"): a name, not a word left over.
        if ((first > 0 && IsCapitalWord(analysis, firstToken - 1) && first - 1 > 0 && !IsProperAdjective(analysis, firstToken - 1))
            || (lastToken + 1 < sentence.EndToken && IsCapitalWord(analysis, lastToken + 1)))
        {
            return false;
        }

        // A name with a particle goes on ("Gasthaus zum Schwanen", "Museo de Bellas Artes de Bilbao"): a name, not a left-over.
        if (lastToken + 2 < sentence.EndToken && analysis.Tokens[lastToken + 1].Shape == TokenShape.Lower && IsCapitalWord(analysis, lastToken + 2)
            && Adjacent(analysis, lastToken, lastToken + 1) && Adjacent(analysis, lastToken + 1, lastToken + 2))
        {
            return false;
        }

        if (contentWords >= 2)
        {
            // "Audiencia Nacional", "Tribunal Supremo": common words written as a name, with no particle between
            // (a particle makes a place or a house: "Domaine des Tilleuls").
            if (!_options.CapitalisedRuns)
            {
                return false;
            }

            for (var m = first; m <= last; m++)
            {
                if (classes[m].Kind != ClassKind.CapitalCommon)
                {
                    return false;
                }
            }

            return true;
        }

        if (classes[first].Kind != ClassKind.CapitalNoun)
        {
            return false;
        }

        // A name in apposition to the common noun before it ("start-up Sprachwerk", "the carmaker Opel"), not a word left over.
        // The tagger may read such a noun as part of the name; an English dictionary word it still is ("der" is not).
        var previousWord = firstToken - 1;
        if (previousWord >= sentence.FirstToken && tokens[previousWord].Shape == TokenShape.Lower && analysis.HasTagger
            && (analysis.TagOf(previousWord) == PosTag.NOUN
                || (analysis.TagOf(previousWord) == PosTag.PROPN && IsDictionaryWord(analysis.TokenSpan(previousWord)))))
        {
            return false;
        }

        // "the Landtag", "a new Bürgerbegehren", "a Dutch Werft", "its 125th Geburtstag": a determiner, perhaps one adjective or number between.
        var before = firstToken - 1;
        if (before >= sentence.FirstToken && (tokens[before].Shape == TokenShape.Lower || tokens[before].Kind == TokenKind.Number || IsProperAdjective(analysis, before))
            && !_options.Determiners.Contains(analysis.TokenText(before)))
        {
            before--;
        }

        if (before >= sentence.FirstToken && _options.Determiners.Contains(analysis.TokenText(before)))
        {
            return true;
        }

        // A count right before it ("1,200 Pflegekräfte", "two Stellwerke"): numbers count things, not people or places.
        // A score between two names is no count ("Bayern Munich 3 Mainz 0").
        var count = firstToken - 1;
        if (count >= sentence.FirstToken && (tokens[count].Kind == TokenKind.Number || NumberWords.Contains(analysis.TokenText(count)))
            && !(count - 1 >= sentence.FirstToken && IsCapitalWord(analysis, count - 1))
            && !(lastToken + 1 < sentence.EndToken && tokens[lastToken + 1].Kind == TokenKind.Number))
        {
            return true;
        }

        // Without a determiner, only what no surname or place is: a plural or case form ("Zecken"), or a long
        // compound whose last part names no place or person ("Schienenersatzverkehr", not "Odenkirchen", "Zimmermann").
        // A noun left over follows a lower-case word ("said Hausärzte", "the lack of Wohnungsbau"), not a name ("and Graubünden").
        var previous = firstToken - 1;
        if (previous < sentence.FirstToken || tokens[previous].Kind != TokenKind.Word || tokens[previous].Shape != TokenShape.Lower
            || (analysis.TokenText(previous) is "and" or "or" && previous - 1 >= sentence.FirstToken && IsCapitalWord(analysis, previous - 1)))
        {
            return false;
        }

        var language = Lexicons.For(classes[first].Language);
        if (language is null)
        {
            return false;
        }

        var word = analysis.TokenSpan(firstToken);
        Span<char> key = stackalloc char[word.Length];
        WordKey.Normalise(word, key);
        if (key.Length >= 9 && NounShapes.IsCompound(language, key) && !NounShapes.EndsLikeAName(language, key))
        {
            return true;
        }

        // A plural or case form, but not after a preposition: places are ("off Rügen", "from St. Gallen").
        return !Prepositions.Contains(analysis.TokenText(previous)) && !(analysis.HasTagger && analysis.TagOf(previous) == PosTag.ADP) && NounShapes.IsPluralOrCaseForm(language, key);
    }

    /// <summary>"a Dutch Werft", "the Bavarian Landtag": an English adjective of nationality or region, not a given name.</summary>
    private static bool IsProperAdjective(AnalyzedText analysis, int token)
    {
        var word = analysis.TokenSpan(token);
        var evidence = EnglishEvidence.Of(Lexicons.English, word);
        return evidence.InDictionary && (word.EndsWith("an") || word.EndsWith("ish") || word.EndsWith("ese") || word.EndsWith("ch") || word.EndsWith("ic") || word.EndsWith("ss") || word.EndsWith("i"));
    }

    private TokenClass Classify(AnalyzedText analysis, int index, bool initial, WordTable english, List<(string Code, WordTable Table, bool Primary)> languages)
    {
        var token = analysis.Tokens[index];
        if (token.Kind != TokenKind.Word || token.Length > WordKey.MaxLength || token.Shape is not (TokenShape.Lower or TokenShape.Capitalised))
        {
            return default;
        }

        var word = analysis.TokenSpan(index);
        Span<char> key = stackalloc char[word.Length];
        WordKey.Normalise(word, key);
        if (!char.IsLetter(key[0]) || !char.IsLetter(key[^1]) || InAddress(analysis.Text, token))
        {
            return default;
        }

        // Accents come off for English ("rôle" → "role") only when the source does not list the accented word ("sièges" is French).
        var sourceLists = false;
        foreach (var (_, table, primary) in languages)
        {
            sourceLists |= primary && (table.FlagsOf(key) & WordFlags.Dictionary) != 0;
        }

        var evidence = EnglishEvidence.Of(english, key, fold: !sourceLists);
        var lower = token.Shape == TokenShape.Lower || initial;
        // A word the source dictionary lists and spells like its own, that English knows only as an uncounted big-list entry, is
        // the source's: the list takes in foreign words ("ayuntamientos") beside rare English ones ("cosmodrome").
        // An English word without its accents ("crèche" → "creche") stays English.
        var weakEnglish = sourceLists && evidence.ListOnlyUncounted && key.Length >= _options.MinLength + 2 && LetterModel.LogOdds(languages[0].Code, key) >= _options.LetterOdds
                          && (EnglishEvidence.Of(english, key).Flags & (WordFlags.Dictionary | WordFlags.WordNet)) == 0
                          // English knows it only as a rare name ("Minuit"): in lower case it is the source's word ("minuit").
                          || (sourceLists && token.Shape == TokenShape.Lower && evidence.OnlyCapitalised && evidence.Band <= 1);
        var isEnglish = !weakEnglish && (evidence.IsEnglish(_options.RareBand, _options.CommonBand, token.Shape == TokenShape.Lower) || PartsAreEnglish(english, key)
                                         || IsPluralOfEnglish(english, key));
        string[] bridges = [];
        var canEnd = false;
        foreach (var (code, table, primary) in languages)
        {
            var entry = table.Find(key);
            if (entry < 0)
            {
                if (!isEnglish && (primary || !evidence.Found) && _options.CapitalisedNouns.Contains(code) && token.Shape == TokenShape.Capitalised && !initial && NounShapes.IsCompound(table, key))
                {
                    return new TokenClass(ClassKind.CapitalNoun, code, false, []);
                }

                continue;
            }

            var flags = table.Flags(entry);

            // The same holds for a third language's word, but not for a capitalised list entry: that is a name or a proper adjective ("Gaullist").
            var englishSeen = evidence.Found && !(evidence.ListOnlyUncounted && (evidence.Flags & WordFlags.Lower) != 0 && (flags & WordFlags.Dictionary) != 0
                                                 && key.Length >= _options.MinLength + 2 && LetterModel.LogOdds(code, key) >= _options.LetterOdds);

            // A capitalised noun of a language that capitalises its nouns ("the Betriebsrat", "a German Werft").
            if (!isEnglish && !lower && _options.CapitalisedNouns.Contains(code) && (flags & WordFlags.Capitalised) != 0 && (flags & WordFlags.Dictionary) != 0
                && (primary || !englishSeen) && NounShapes.IsNounForm(table, key))
            {
                return new TokenClass(ClassKind.CapitalNoun, code, false, []);
            }

            if ((flags & WordFlags.Stopword) != 0 && (isEnglish || evidence.Found || key.Length < 3))
            {
                bridges = [.. bridges, code];

                // Only English's own lists make a stopword English; a subtitle count ("por favor") does not.
                canEnd |= !evidence.InDictionary && (evidence.Flags & WordFlags.WordList) == 0;
                continue;
            }

            if (isEnglish || (flags & (WordFlags.Dictionary | WordFlags.Stopword)) == 0)
            {
                continue;
            }

            // A third language needs a word English has never seen, long enough not to be chance, and no
            // English word one slip away ("substitue" is French, and a typo for "substitute"). Its function
            // words are the exception: one English has never seen, mid-sentence, is no typo ("the season, pero his first").
            var thirdStopword = (flags & WordFlags.Stopword) != 0 && !evidence.Found && key.Length >= 4 && token.Shape == TokenShape.Lower && !initial;
            if (!primary && !thirdStopword
                && (englishSeen || key.Length < 5 || (token.Shape != TokenShape.Lower && !(initial && IsOpener(analysis, index))) || SpellingSuggester.IsNearEnglish(english, key)))
            {
                continue;
            }

            if (lower)
            {
                if ((flags & WordFlags.Lower) != 0)
                {
                    // "Toutefois, …", "Néanmoins, …": a first word English has never seen, set off by a comma, is no name.
                    // A function word of the source is none even before an apposition-like phrase ("Ainsi, a whole new public …").
                    var functionWord = (flags & WordFlags.Stopword) != 0;
                    var opener = initial && !evidence.Found
                                 && ((key.Length >= 5 && IsOpener(analysis, index)) || (functionWord && key.Length >= 4 && FollowedByComma(analysis, index)));
                    return new TokenClass(ClassKind.Content, code, initial && !opener, []) { FunctionWord = functionWord };
                }

                continue;
            }

            if ((flags & WordFlags.Lower) != 0 && !evidence.OnlyCapitalised)
            {
                return new TokenClass(ClassKind.CapitalCommon, code, false, []);
            }

            if (primary && _options.CapitalisedNouns.Contains(code) && (flags & WordFlags.Capitalised) != 0 && NounShapes.IsInflected(table, key))
            {
                return new TokenClass(ClassKind.CapitalNoun, code, false, []);
            }
        }

        if (bridges.Length > 0)
        {
            return new TokenClass(ClassKind.Bridge, string.Empty, initial, bridges) { CanEnd = canEnd };
        }

        return default;
    }

    private static bool FollowedByComma(AnalyzedText analysis, int index) =>
        index + 1 < analysis.Tokens.Length && analysis.TokenSpan(index + 1) is ",";

    /// <summary>
    /// A first word set off by a comma with a clause after it ("Toutefois, she said"), not a name
    /// with an apposition ("Rápido, a Barcelona-based app", "Marismas, who had not lost").
    /// </summary>
    private static bool IsOpener(AnalyzedText analysis, int index)
    {
        if (index + 2 >= analysis.Tokens.Length || analysis.TokenSpan(index + 1) is not ",")
        {
            return false;
        }

        var next = analysis.Tokens[index + 2];
        return next.Kind == TokenKind.Word && !AppositionStarts.Contains(analysis.TokenText(index + 2));
    }

    /// <summary>"which is", "which means": a relative clause that glosses ("the Landtag, which is the state parliament"); "which runs to 90 pages" does not.</summary>
    private static bool GlossingVerb(AnalyzedText analysis, int token, Sentence sentence) =>
        token < sentence.EndToken && analysis.TokenText(token) is "is" or "means" or "translates" or "stands" or "was" or "are";

    /// <summary>An English dictionary word, or a compound of English words ("start-up").</summary>
    private static bool IsDictionaryWord(ReadOnlySpan<char> word)
    {
        var english = Lexicons.English;
        return EnglishEvidence.Of(english, word).InDictionary || PartsAreEnglish(english, word);
    }

    /// <summary>
    /// The regular plural of a word a dictionary or WordNet lists, which the lists themselves may lack:
    /// "hectolitres" beside WordNet's "hectolitre".
    /// </summary>
    private static bool IsPluralOfEnglish(WordTable english, ReadOnlySpan<char> key) =>
        key.Length >= 5 && key[^1] == 's' && key[^2] != 's'
        && (EnglishEvidence.Of(english, key[..^1], fold: false).Flags & (WordFlags.Dictionary | WordFlags.WordNet)) != 0;

    private static bool PartsAreEnglish(WordTable english, ReadOnlySpan<char> key)
    {
        if (key.IndexOf('-') < 0)
        {
            return false;
        }

        foreach (var range in key.Split('-'))
        {
            var part = key[range];
            if (part.IsEmpty || !EnglishEvidence.Of(english, part).Found)
            {
                return false;
            }
        }

        return true;
    }

    private bool IsAllowed(string text, int firstToken, int lastToken, AnalyzedText analysis)
    {
        var tokens = analysis.Tokens;
        var lookup = _options.Allow.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(text.AsSpan(tokens[firstToken].Start, tokens[lastToken].End - tokens[firstToken].Start)))
        {
            return true;
        }

        // Any word of the run, or the run inside a longer allowed phrase ("Guardia Civil", "Le Monde").
        for (var t = firstToken; t <= lastToken; t++)
        {
            if (lookup.Contains(analysis.TokenSpan(t)))
            {
                return true;
            }
        }

        for (var from = Math.Max(0, firstToken - 2); from <= firstToken; from++)
        {
            for (var to = lastToken; to <= Math.Min(tokens.Length - 1, lastToken + 2); to++)
            {
                if ((from != firstToken || to != lastToken) && lookup.Contains(text.AsSpan(tokens[from].Start, tokens[to].End - tokens[from].Start)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <param name="functionWords">The run is only the source's function words ("unter anderem", "ainsi"): no one glosses those.</param>
    private static bool IsQuotedOrGlossed(AnalyzedText analysis, int firstToken, int lastToken, Sentence sentence, bool functionWords)
    {
        var before = firstToken > sentence.FirstToken ? analysis.TokenText(firstToken - 1) : string.Empty;
        var after = lastToken + 1 < sentence.EndToken ? analysis.TokenText(lastToken + 1) : string.Empty;

        // A quoted or italicised term: "the «gilets jaunes»", 'a "Rechtsstaat"'.
        if (before.Length == 1 && IsQuote(before[0]) && after.Length == 1 && IsQuote(after[0]))
        {
            return true;
        }

        // A gloss after it: "the Landtag (state parliament)", "the Landtag, the state assembly, …", "Landtag – the state parliament".
        if (after is "(" or "[" or "\u2013" or "\u2014"
            || (after == "," && !functionWords && firstToken > sentence.FirstToken && lastToken + 2 < sentence.EndToken && GlossStarts.Contains(analysis.TokenText(lastToken + 2))
                && !(analysis.TokenText(lastToken + 2).Equals("which", StringComparison.OrdinalIgnoreCase) && !GlossingVerb(analysis, lastToken + 3, sentence))
                && !EndsFrontedPhrase(analysis, firstToken, lastToken, sentence)))
        {
            return true;
        }

        // A gloss or mention before it: "(Landtag)", "the state parliament, or Landtag", "the so-called Mittelstand".
        if (before is "(" or "[" || MentionWords.Contains(before) || (before == "or" && firstToken - 2 >= sentence.FirstToken && analysis.TokenText(firstToken - 2) == ","))
        {
            return true;
        }

        // "known as the chupinazo", "dubbed a Rechtsstaat": the mention one determiner further back ("called a grève" calls a
        // strike, "as the grève entered" is no mention).
        if (before is "the" or "a" or "an" && firstToken - 2 >= sentence.FirstToken
            && (analysis.TokenText(firstToken - 2) is "dubbed" or "nicknamed" or "termed"
                || (analysis.TokenText(firstToken - 2) == "as" && firstToken - 3 >= sentence.FirstToken && analysis.TokenText(firstToken - 3) is "known" or "referred" or "described")))
        {
            return true;
        }

        return (before == "as" && firstToken - 2 >= sentence.FirstToken && analysis.TokenText(firstToken - 2).Equals("known", StringComparison.OrdinalIgnoreCase))
            || RenamesTheNounBefore(analysis, firstToken, lastToken, sentence);
    }

    /// <summary>
    /// The comma after the run closes a fronted phrase and the main clause follows ("At the session in the
    /// provincial juzgado, the defence asked …"): the sentence opens with a preposition or subordinator, no
    /// comma comes before the run, and the phrase after the comma reaches a verb before any mark, so it is
    /// a subject, not a gloss ("In the Landtag, the state assembly, …" stays a gloss).
    /// </summary>
    private static bool EndsFrontedPhrase(AnalyzedText analysis, int firstToken, int lastToken, Sentence sentence)
    {
        // The opening preposition may follow an adverb that focuses it ("Even during the …", "Only after the …").
        var opener = sentence.FirstToken;
        if (analysis.HasTagger && analysis.TagOf(opener) == PosTag.ADV && opener + 1 < firstToken)
        {
            opener++;
        }

        if (!analysis.HasTagger || analysis.TagOf(opener) is not (PosTag.ADP or PosTag.SCONJ))
        {
            return false;
        }

        for (var t = sentence.FirstToken; t < firstToken; t++)
        {
            if (analysis.TokenSpan(t) is "," or ";" or ":")
            {
                return false;
            }
        }

        for (var t = lastToken + 2; t < sentence.EndToken; t++)
        {
            if (analysis.Tokens[t].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (analysis.TagOf(t) is PosTag.VERB or PosTag.AUX)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An apposition that gives the source's name after its English one: "the ring road, the boulevard
    /// périphérique, where…", "the town hall, the Rathaus." — the English before the comma glosses it.
    /// </summary>
    private static bool RenamesTheNounBefore(AnalyzedText analysis, int firstToken, int lastToken, Sentence sentence)
    {
        if (!analysis.HasTagger || (lastToken + 1 < sentence.EndToken && analysis.TokenText(lastToken + 1) is not ("," or ".")))
        {
            return false;
        }

        // "the", perhaps one English word of the name between ("the boulevard périphérique").
        var article = firstToken - 1;
        if (article > sentence.FirstToken && analysis.TokenText(article) != "the" && analysis.Tokens[article].Kind == TokenKind.Word)
        {
            article--;
        }

        return article - 2 >= sentence.FirstToken && analysis.TokenText(article) == "the" && analysis.TokenText(article - 1) == ","
            && analysis.TagOf(article - 2) == PosTag.NOUN;
    }

    /// <summary>Part of an address or code: glued to a '.', '@', '/' or '_' that a letter follows ("denuncia.documentos@…").</summary>
    internal static bool InAddress(string text, Token token)
    {
        var after = token.End;
        if (after + 1 < text.Length && text[after] is '.' or '@' or '/' or '_' && char.IsLetterOrDigit(text[after + 1]))
        {
            return true;
        }

        var before = token.Start - 1;
        return before > 0 && text[before] is '.' or '@' or '/' or '_' && char.IsLetterOrDigit(text[before - 1]);
    }

    /// <summary>A lower-case run right after a capitalised word English does not know goes on with its name ("the Académie française").</summary>
    private bool ContinuesName(AnalyzedText analysis, WordTable english, int firstToken, Sentence sentence, bool capital)
    {
        if (capital || firstToken == sentence.FirstToken || !Adjacent(analysis, firstToken - 1, firstToken))
        {
            return false;
        }

        var before = analysis.Tokens[firstToken - 1];
        return before.Kind == TokenKind.Word && before.Shape == TokenShape.Capitalised
            && !EnglishEvidence.Of(english, analysis.TokenSpan(firstToken - 1)).IsEnglish(_options.RareBand, _options.CommonBand, false);
    }

    /// <summary>
    /// A capitalised word the article uses three times or more is the name of something it is about
    /// (a ski run, a club, a venue): an engine that leaves a word untranslated rarely leaves it so thrice.
    /// </summary>
    private static bool IsRecurringName(AnalyzedText analysis, int token)
    {
        const int Times = 3;
        var word = analysis.TokenSpan(token);
        var count = 0;
        for (var t = 0; t < analysis.Tokens.Length && count < Times; t++)
        {
            if (analysis.Tokens[t].Length == word.Length && analysis.TokenSpan(t).SequenceEqual(word))
            {
                count++;
            }
        }

        return count >= Times;
    }

    /// <summary>A run opening its sentence with a capitalised word English does not know, then lower-case words: a name ("Académie française weighs …").</summary>
    private bool StartsWithName(AnalyzedText analysis, WordTable english, int firstToken, int lastToken, Sentence sentence) =>
        firstToken == sentence.FirstToken && lastToken > firstToken && analysis.Tokens[firstToken].Shape == TokenShape.Capitalised
        && analysis.Tokens[firstToken + 1].Shape == TokenShape.Lower
        && !EnglishEvidence.Of(english, analysis.TokenSpan(firstToken)).IsEnglish(_options.RareBand, _options.CommonBand, false);

    /// <summary>Inside a short quotation (a title, a slogan: «"Les années bleues", 2004»), not a word left over.</summary>
    private static bool InShortQuotation(AnalyzedText analysis, int firstToken, int lastToken, Sentence sentence)
    {
        const int MaxWords = 8;
        var open = -1;
        for (var k = firstToken - 1; k >= Math.Max(sentence.FirstToken, firstToken - MaxWords); k--)
        {
            var t = analysis.TokenSpan(k);
            if (t.Length == 1 && IsQuote(t[0]))
            {
                open = k;
                break;
            }
        }

        if (open < 0)
        {
            return false;
        }

        for (var k = lastToken + 1; k < Math.Min(sentence.EndToken, open + MaxWords + 2); k++)
        {
            var t = analysis.TokenSpan(k);
            if (t.Length == 1 && IsQuote(t[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalised run before a common noun names it ("the Steilhang section", "the Hanau striker"): a name used as a modifier.</summary>
    private static bool NamesANoun(AnalyzedText analysis, int lastToken, Sentence sentence) =>
        analysis.HasTagger && lastToken + 1 < sentence.EndToken && analysis.Tokens[lastToken + 1].Shape == TokenShape.Lower
        && analysis.TagOf(lastToken + 1) == PosTag.NOUN;

    private static bool IsQuote(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u201E';

    private static bool IsContent(ClassKind kind) => kind is ClassKind.Content or ClassKind.CapitalCommon or ClassKind.CapitalNoun;

    /// <summary>A capitalised word, or the hyphen that ends a capitalised compound's first part ("Sparkassen-").</summary>
    private static bool NameBefore(AnalyzedText analysis, int index) =>
        IsCapitalWord(analysis, index) || (analysis.TokenSpan(index) is "-" && index > 0 && IsCapitalWord(analysis, index - 1));

    internal static bool IsCapitalWord(AnalyzedText analysis, int index) =>
        analysis.Tokens[index].Kind == TokenKind.Word && analysis.Tokens[index].Shape is TokenShape.Capitalised or TokenShape.AllCaps or TokenShape.Mixed;

    /// <summary>Two tokens with only spaces between them (no punctuation, no line break).</summary>
    internal static bool Adjacent(AnalyzedText analysis, int left, int right)
    {
        var text = analysis.Text;
        for (var i = analysis.Tokens[left].End; i < analysis.Tokens[right].Start; i++)
        {
            if (text[i] is not (' ' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }

    private enum ClassKind : byte
    {
        None,
        Content,
        CapitalCommon,
        CapitalNoun,
        Bridge,
    }

    private readonly record struct TokenClass(ClassKind Kind, string Language, bool Initial, string[] Languages)
    {
        /// <summary>A bridge English does not know: it may start or end a run.</summary>
        public bool CanEnd { get; init; }

        /// <summary>A content word that is a stopword of its language ("ainsi", "unter"): a function word, which no one glosses or names.</summary>
        public bool FunctionWord { get; init; }
    }

    /// <summary>The rule's parameters, validated when the pack loads.</summary>
    public sealed record Options
    {
        public IReadOnlyList<string>? Languages { get; init; }

        public int MinLength { get; init; } = 4;

        /// <summary>
        /// Whether two or three capitalised source common words together ("Audiencia Nacional") are flagged. Off by
        /// default: measured on blind gold copy, editors keep such institution names ("Policía Nacional").
        /// </summary>
        public bool CapitalisedRuns { get; init; }

        public int RareBand { get; init; } = 2;

        /// <summary>How much (mean log-odds per letter) a word must look like the source's words to outweigh an uncounted big-list entry.</summary>
        public double LetterOdds { get; init; } = 0.6;

        public int CommonBand { get; init; } = 4;

        public FrozenSet<string> Allow { get; init; } = FrozenSet<string>.Empty;

        public FrozenSet<string> CapitalisedNouns { get; init; } = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "de");

        public FrozenSet<string> Determiners { get; init; } = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
            "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "your", "my", "every", "each", "no", "any", "some", "whose",
            "most", "many", "several", "all", "both", "few", "more", "other", "such", "new");
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "untranslated-word";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context)
        {
            var errorsBefore = parameters.Errors.Count;
            var languages = SourceLexiconLanguages.Read(parameters);

            var defaults = new Options();
            var options = new Options
            {
                Languages = languages,
                MinLength = parameters.Int("minLength", 1, 20) ?? defaults.MinLength,
                CapitalisedRuns = parameters.Bool("capitalisedRuns") ?? defaults.CapitalisedRuns,
                RareBand = parameters.Int("rareBand", 0, 7) ?? defaults.RareBand,
                LetterOdds = parameters.Double("letterOdds", 0, 5) ?? defaults.LetterOdds,
                CommonBand = parameters.Int("commonBand", 1, 8) ?? defaults.CommonBand,
                Allow = WordLists.Set(parameters, "allow"),
                CapitalisedNouns = parameters.StringList("capitalisedNouns") is { } nouns ? nouns.ToFrozenSet(StringComparer.OrdinalIgnoreCase) : defaults.CapitalisedNouns,
                Determiners = parameters.StringList("determiners") is { } determiners ? determiners.ToFrozenSet(StringComparer.OrdinalIgnoreCase) : defaults.Determiners,
            };
            return parameters.Errors.Count > errorsBefore ? null : new UntranslatedWordRule(info, options);
        }
    }
}
