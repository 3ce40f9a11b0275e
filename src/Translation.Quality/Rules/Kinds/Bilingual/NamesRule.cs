using System.Collections.Frozen;
using Translation.Quality.Yaml;
using Translation.Quality.Documents;
using Translation.Quality.Language;
using Translation.Quality.Lexicon;
using Translation.Quality.Text;
using YamlDotNet.RepresentationModel;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// <c>kind: names</c> — a proper name or acronym of the translation that its source sentence (or a
/// neighbour) does not have: a different minister, a different country. Names match across case,
/// accents, declension ("Putins"), transliteration ("Mantourov" / "Manturov", which spelling is right
/// is the source-transliteration rule's business) and the <c>exonyms</c> table
/// (<c>Germany: [Allemagne, Alemania, Deutschland]</c>, editable in the pack). Titles, months,
/// nationalities and the like (<c>ignore</c>, added to a built-in list) are not names. The source
/// name the translation lost, when one is, is the finding's source span.
/// </summary>
internal sealed partial class NamesRule : IRule
{
    private static readonly FrozenSet<string> NotNames = (
        "I II III IV V VI VII VIII IX X XI XII Mr Mrs Ms Dr Sir Lord Lady Dame St Jr Sr OK TV AM PM GMT UTC CET CEO AFP AP EFE DPA " +
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December " +
        "Jan Feb Aug Sept Oct Nov Dec President Presidents Presidential Vice Prime Minister Ministers Ministry Minister's Chancellor Chancellery King Queen Prince Princess " +
        "Pope Cardinal Bishop Archbishop General Gen Colonel Col Lieutenant Lt Major Captain Capt Admiral Sergeant Commander Marshal Secretary Senator Sen " +
        "Governor Gov Mayor Judge Justice Attorney Prosecutor Ambassador Envoy Commissioner Commission Chairman Chairwoman Chair Director Chief Head Leader " +
        "Spokesman Spokeswoman Spokesperson Deputy Speaker Member Members Foreign Affairs Interior Home Defence Defense Finance Economy Economic Health " +
        "Education Justice Labour Labor Energy Transport Agriculture Trade Industry Culture Sport Sports Environment Security Intelligence Development " +
        "Department Office Parliament Parliamentary Congress Congressional Senate Assembly Council Cabinet Government Administration State States United " +
        "Kingdom Republic Federal Federation National Nations Union Party Socialist Socialists Democrat Democrats Democratic Republican Republicans Conservative " +
        "Conservatives Liberal Liberals Green Greens Communist Communists Labour Christian Social Popular People's Front Alliance Coalition Movement " +
        "Opposition Army Navy Air Force Forces Police Guard Guards Court Supreme Constitutional Tribunal Central Bank Reserve Agency Institute University " +
        "School College Hospital Company Group Corporation Committee Board Summit Conference Forum Treaty Pact Agreement Accord Charter Constitution Act " +
        "Law Bill Code Prize Award Festival Games Olympic Olympics Cup World Championship League Grand Prix Day Week Year Christmas Easter Ramadan New " +
        "North South East West Northern Southern Eastern Western Middle Central Upper Lower Greater Gulf Sea Ocean River Lake Mount Mountains Island " +
        "Islands Coast Valley Province Region Regional County City Town Square Street Avenue Palace House Hall Tower Bridge Station Airport Port Church " +
        "Cathedral Mosque Temple Museum God Internet Covid COVID Celsius Fahrenheit Net Gross Domestic Product GDP Inc Ltd Co Corp Plc " +
        "MVP CCTV DNA ATM SUV VAT IPO AI ICU PhD NGO NGOs HIV AIDS MP MPs MEP MEPs GP CPI HQ VIP CV PR EV EVs LGBT LGBTQ " +
        "European Europe's African Asian American Americans Arab Arabs Arabic Islamic Muslim Muslims Jewish Jews Catholic Catholics Protestant Orthodox " +
        "French Dutch Greek Swiss Thai Czech British Irish Welsh Scottish English Spanish Danish Swedish Finnish Polish Turkish Kurdish Kurds German " +
        "Germans Iraqi Israeli Israelis Saudi Kuwaiti Yemeni Qatari Emirati Pakistani Afghan Afghans Bangladeshi Nepali Somali Cypriot Slovak Croat Serb " +
        "Serbs Kazakh Uzbek Tajik Filipino Argentine Basque Catalan Flemish Cuban Cubans Latin Western Westerners Sunni Shiite Shia Hindu Buddhist " +
        "The A An And Or But Not In On At Of For From With By To As It Its This That These Those He She They We You His Her Their Our My Your"
    ).Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// English words the tagger's lexicon (from UD English EWT) has seen as common nouns, adjectives,
    /// verbs or adverbs: "Weather Service", "Monetary Fund" are translated names, not names to find in the source.
    /// </summary>
    private static readonly Lazy<Tagging.PerceptronModel?> Lexicon = new(() =>
    {
        try
        {
            return Tagging.PerceptronTagger.Default.Model;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    });

    private const uint CommonTags = (1u << (int)PosTag.NOUN) | (1u << (int)PosTag.ADJ) | (1u << (int)PosTag.VERB) | (1u << (int)PosTag.ADV);

    private readonly FrozenSet<string> _ignore;

    /// <summary>Names a translator adds for readers abroad (the source's own country: "Spain's National Court" for "la Audiencia Nacional").</summary>
    private readonly FrozenSet<string> _implied;

    /// <summary>Folded English word → folded source forms it translates ("germany" → "allemagne", "alemania", "deutschland").</summary>
    private readonly FrozenDictionary<string, string[]> _exonyms;

    /// <summary>Every source form of the table, for the source side's look-up.</summary>
    private readonly FrozenSet<string> _exonymForms;

    private NamesRule(RuleInfo info, FrozenSet<string> ignore, FrozenSet<string> implied, FrozenDictionary<string, string[]> exonyms, bool lost)
    {
        _lost = lost;
        Info = info;
        _ignore = ignore;
        _implied = implied;
        _exonyms = exonyms;
        _exonymForms = exonyms.Values.SelectMany(f => f).ToFrozenSet(StringComparer.Ordinal);
    }

    public RuleInfo Info { get; }

    public IReadOnlyList<RuleData> Data { get; } = [RuleData.Lexicon("en"), RuleData.Tagger];

    public bool NeedsSource => true;

    public void Check(RuleContext context)
    {
        var bilingual = context.Bilingual;
        if (bilingual is null)
        {
            return;
        }

        if (_lost)
        {
            CheckLost(context);
            return;
        }

        var source = bilingual.Source;
        var text = context.Text;
        var memo = BilingualMemo.Of(context);
        List<NameForm>? articleWords = null;
        string? articleFolded = null;
        foreach (var view in LinkView.All(context))
        {
            if (view.Target is not { } t || view.Source is not { } s || view.Untranslated)
            {
                continue;
            }

            var demonymFlags = CheckDemonyms(context, s, t, view.WideSource!.Value);

            // Most sentences name nobody: the source side is read only for one that does.
            var groups = TargetNames(context, t);
            if (demonymFlags.Count > 0)
            {
                groups.RemoveAll(g => demonymFlags.Any(f => f.Start < g[^1].End && g[0].Start < f.End));
            }

            // The country an agency adds to a dateline ("ANNECY, France, Feb. 15 (AFP) -").
            groups.RemoveAll(g => g.Count == 1 && InDateline(context, g[0]) && DemonymTable.Default.English(BilingualWords.Fold(text.AsSpan(g[0].Start, g[0].Length))).Count > 0);

            if (groups.Count == 0)
            {
                continue;
            }

            var wide = view.WideSource!.Value;
            var sourceWords = memo.SourceWords(context, wide, NameWords).ConvertAll(w => w.Form);
            var foldedSource = " " + string.Join(' ', sourceWords.Select(w => w.Folded)) + " ";
            var lost = new List<TextSpan>();
            HashSet<DemonymTable.Country>? countries = null;
            var sentenceWords = memo.SourceWords(context, s, NameWords);
            foreach (var group in groups)
            {
                if (Respelt(context, group, sentenceWords, bilingual.SourceLanguage))
                {
                    continue;
                }

                // A country word the demonym table ties to one the source names: "Moroccan" for "marroquíes", "Ecuador" for "ecuatoriana".
                var unmatched = group.Where(w => !Found(text[w.Start..w.End], sourceWords, foldedSource)
                    && !DemonymTable.Default.English(BilingualWords.Fold(text.AsSpan(w.Start, w.Length))).Any(c =>
                        (countries ??= DemonymTable.Default.Read(bilingual.SourceLanguage, DemonymTable.SourceWords(source, wide).ConvertAll(x => x.Folded)).All).Contains(c))).ToList();

                // A first name the source leaves out is no mismatch when the surname matches: "Vladimir Putin" for "Poutine".
                if (unmatched.Count == 0 || (group.Count > 1 && !unmatched.Contains(group[^1])))
                {
                    continue;
                }

                // The source's own country, added for readers abroad, where the source sentence names no other country;
                // an acronym that spells out words of either side ("the DGT" for "la Dirección General de Tráfico").
                if (unmatched.All(w => IsSpelledOut(text[w.Start..w.End], text, t, "en") || IsSpelledOut(text[w.Start..w.End], source, s, bilingual.SourceLanguage))
                    || (unmatched.All(w => _implied.Contains(text[w.Start..w.End]))
                        && DemonymTable.Default.Read(bilingual.SourceLanguage, DemonymTable.SourceWords(source, s).ConvertAll(x => x.Folded)).All
                            .All(c => unmatched.Any(w => DemonymTable.Default.English(BilingualWords.Fold(text.AsSpan(w.Start, w.Length))).Contains(c)))))
                {
                    continue;
                }

                if (lost.Count == 0)
                {
                    lost = SourceNamesMissing(context, bilingual.Source, s, bilingual.SourceLanguage, t);
                }

                // A name the source gives elsewhere, where this sentence of the source loses none, is the translator
                // naming who "he" is: "Delmas" for "l'accusé".
                if (lost.Count == 0)
                {

                    articleWords ??= memo.SourceWords(context, new TextSpan(0, source.Length), NameWords).Select(w => w.Form).ToList();
                    articleFolded ??= " " + string.Join(' ', articleWords.Select(w => w.Folded)) + " ";
                    if (unmatched.All(w => Found(text[w.Start..w.End], articleWords, articleFolded)))
                    {
                        continue;
                    }
                }

                var first = unmatched[0];
                var last = unmatched[^1];
                var name = text[first.Start..last.End];
                TextSpan? pair = lost.Count > 0 ? lost[0] : null;
                if (pair is { } p)
                {
                    lost.RemoveAt(0);
                }

                var message = pair is { } q
                    ? $"The translation names '{name}' where the source has '{source[q.Start..q.End]}'."
                    : $"The translation names '{name}', which its source sentence does not have.";
                context.Report(first.Start, last.End, message, pair is { } r ? source[r.Start..r.End] : Info.Suggestion, bilingual.SpanOf(pair ?? s));
            }
        }
    }

    private static bool InDateline(RuleContext context, TextSpan word)
    {
        var analysis = context.Analysis;
        return Text.SegmentShape.IsDatelineOrCredit(context.Text, analysis.Tokens, analysis.Sentences[analysis.SentenceAt(word.Start)]);
    }

    /// <summary>
    /// A source nationality rendered as another one: "belges" → "German" where the target has neither "Belgian",
    /// "Belgians" nor "Belgium". A target that drops the nationality is an omission, not this; a target nationality
    /// the source names elsewhere in its wide span (a country or an adjective) is no mismatch. Returns the flagged spans.
    /// </summary>
    private static List<TextSpan> CheckDemonyms(RuleContext context, TextSpan s, TextSpan t, TextSpan wide)
    {
        var bilingual = context.Bilingual!;
        var table = DemonymTable.Default;
        var language = bilingual.SourceLanguage;
        var sourceWords = DemonymTable.SourceWords(bilingual.Source, s);
        var (demonyms, _) = table.Read(language, sourceWords.ConvertAll(w => w.Folded));
        if (demonyms.Count == 0)
        {
            return [];
        }

        // English demonyms are capitalised: a lower-case "us" is no country.
        var text = context.Text;
        var targetSpans = DemonymTable.SourceWords(text, t);
        var targetWords = targetSpans.ConvertAll(w => char.IsUpper(text[w.Span.Start]) ? w.Folded : string.Empty);
        var allTarget = targetSpans.Select(w => w.Folded).ToHashSet(StringComparer.Ordinal);
        HashSet<DemonymTable.Country>? inWide = null;
        var flagged = new List<TextSpan>();
        foreach (var (index, country) in demonyms)
        {
            // The right demonym, the country's name, or the source word kept as it is ("Deutsche Bank").
            if (country.Demonyms.Concat(country.Names).Any(seq => DemonymTable.IndexOf(targetWords, seq) >= 0) || allTarget.Contains(sourceWords[index].Folded))
            {
                continue;
            }

            inWide ??= table.Read(language, DemonymTable.SourceWords(bilingual.Source, wide).ConvertAll(w => w.Folded)).All;
            foreach (var other in table.Countries)
            {
                if (other == country || inWide.Contains(other))
                {
                    continue;
                }

                var seq = other.Demonyms.FirstOrDefault(d => DemonymTable.IndexOf(targetWords, d) >= 0);
                if (seq is null)
                {
                    continue;
                }

                var at = DemonymTable.IndexOf(targetWords, seq);
                var span = new TextSpan(targetSpans[at].Span.Start, targetSpans[at + seq.Length - 1].Span.End);
                if (flagged.Any(f => f.Start == span.Start))
                {
                    continue;
                }

                var sourceSpan = sourceWords[index].Span;
                var expected = country.Demonyms[0];
                var suggestion = string.Concat(expected[0][..1].ToUpperInvariant(), expected[0][1..]);
                context.Report(
                    span.Start,
                    span.End,
                    $"The translation says '{text[span.Start..span.End]}' where the source has '{bilingual.Source[sourceSpan.Start..sourceSpan.End]}' ({country.Name}).",
                    suggestion,
                    bilingual.SpanOf(sourceSpan));
                flagged.Add(span);
                break;
            }
        }

        return flagged;
    }

    /// <summary>
    /// A person's name the translation spells differently from a Latin-script source: "Hollstein" as "Holstein",
    /// "Arregui" as "Arregi", "Gregor Wenzel" as "Georg Wenzel". The source's spelling is the person's own; only a
    /// declension ("Merkels") or a name the source itself transliterated ("Mantourov", "Peskow") may differ.
    /// Reports the first such word of the group; true when it did.
    /// </summary>
    private bool Respelt(RuleContext context, List<TextSpan> group, List<(TextSpan Span, string Word, NameForm Form)> sourceWords, string language)
    {
        var text = context.Text;
        var bilingual = context.Bilingual!;
        for (var g = 0; g < group.Count; g++)
        {
            var word = text[group[g].Start..group[g].End];
            var form = NameForm.Of(word);
            if (sourceWords.Any(e => e.Form.Folded == form.Folded))
            {
                continue;
            }

            var matches = sourceWords.FindAll(e => char.IsUpper(e.Word[0]) && NameMatcher.Same(form, e.Form));
            (TextSpan Span, string Word, NameForm Form)? wrong = null;
            if (matches.Count == 1 && Misspelt(word, form, matches[0].Form))
            {
                wrong = matches[0];
            }
            else if (matches.Count == 0 && g + 2 == group.Count)
            {
                // A first name before a surname the source has, where the source has another first name.
                var surname = NameForm.Of(text[group[g + 1].Start..group[g + 1].End]);
                var at = sourceWords.FindIndex(e => e.Form.Folded == surname.Folded);
                if (at > 0 && sourceWords[at - 1] is var first && char.IsUpper(first.Word[0]) && IsNameWord(first.Word, language)
                    && string.IsNullOrWhiteSpace(bilingual.Source[first.Span.End..sourceWords[at].Span.Start]) && !NameMatcher.Same(form, first.Form)
                    && !IsSentenceInitial(bilingual.Source, null, first.Span.Start))
                {
                    wrong = first;
                }
            }

            if (wrong is { } w)
            {
                context.Report(group[g].Start, group[g].End, $"The translation spells the name '{word}' where the source has '{w.Word}'.", w.Word, bilingual.SpanOf(w.Span));
                return true;
            }
        }

        return false;
    }

    /// <summary>Letter groups a French, Spanish or German source writes when it transliterates a name ("Poutine", "Peskow", "Choïgou").</summary>
    private static readonly string[] TransliterationMarks = ["ou", "ch", "sh", "kh", "zh", "dj", "j", "y", "ph", "x", "ks"];

    /// <summary>German "w" for a Russian "v" shows at the ends and starts of names ("Peskow", "Gorbatschowa", "Wladimir"), not inside native ones ("Kollwitz").</summary>
    private static bool TransliteratedW(string folded) =>
        folded.EndsWith("ow", StringComparison.Ordinal) || folded.EndsWith("ew", StringComparison.Ordinal) || folded.EndsWith("owa", StringComparison.Ordinal)
        || folded.EndsWith("ewa", StringComparison.Ordinal) || folded.StartsWith("wl", StringComparison.Ordinal) || folded.StartsWith("wj", StringComparison.Ordinal);

    /// <summary>Whether two spellings of one name differ by a mistake rather than a declension, an exonym or a transliteration.</summary>
    private bool Misspelt(string word, NameForm target, NameForm source)
    {
        var (a, b) = (target.Folded, source.Folded);
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        // Declensions, the source language's adjective ("Lahnauer") and gender endings ("Regionalista").
        if (longer.StartsWith(shorter, StringComparison.Ordinal) && longer[shorter.Length..] is "s" or "es" or "n" or "en" or "ns" or "ens" or "er" or "ern" or "ers" or "a" or "o" or "e" or "as" or "os")
        {
            return false;
        }

        if (longer.Length - shorter.Length > 3 || NameMatcher.Levenshtein(a, b, 3) > 3
            || TransliterationMarks.Any(m => a.Contains(m, StringComparison.Ordinal) || b.Contains(m, StringComparison.Ordinal)) || TransliteratedW(a) || TransliteratedW(b))
        {
            return false;
        }

        // Places and well-known names have an English spelling of their own ("Asia" for "Asie"); the exonym table and
        // the demonym table say so too.
        var english = EnglishEvidence.Of(Lexicons.English, word, fold: false);
        return !(english.Found && (english.Flags & WordFlags.Capitalised) != 0) && !_exonyms.ContainsKey(a) && DemonymTable.Default.English(a).Count == 0;
    }

    /// <summary>Whether a target name word has a counterpart among the source words.</summary>
    private bool Found(string word, List<NameForm> sourceWords, string foldedSource)
    {
        var form = NameForm.Of(word);
        foreach (var w in sourceWords)
        {
            if (NameMatcher.Same(form, w))
            {
                return true;
            }
        }

        if (_exonyms.TryGetValue(form.Folded, out var forms))
        {
            foreach (var exonym in forms)
            {
                // "español*": a stem, for the adjectives that stand for a country ("of Spain" for "española").
                if (exonym.EndsWith('*') && sourceWords.Any(w => w.Folded.StartsWith(exonym[..^1], StringComparison.Ordinal)))
                {
                    return true;
                }

                // Whole, or the stem of a source word: "Wien" in "Wiener", "Deutschland" in "Süddeutschland".
                if (foldedSource.Contains(" " + exonym + " ", StringComparison.Ordinal) || (exonym.Length >= 4 && !exonym.Contains(' ', StringComparison.Ordinal)
                    && sourceWords.Any(w => (w.Folded.StartsWith(exonym, StringComparison.Ordinal) && w.Folded.Length - exonym.Length <= 3) || (exonym.Length >= 6 && w.Folded.Contains(exonym, StringComparison.Ordinal))
                        || (exonym.Length >= 5 && w.Folded.EndsWith(exonym, StringComparison.Ordinal)))))
                {
                    return true;
                }

                // A German city's adjective drops the name's last letters: "Münchner" for "München", "Bremer" for "Bremen".
                if (exonym.Length >= 6 && !exonym.Contains(' ', StringComparison.Ordinal) && sourceWords.Any(w => w.Folded.Length <= exonym.Length + 3
                    && w.Folded.Length >= exonym.Length - 1 && NameMatcher.CommonPrefix(w.Folded, exonym) >= exonym.Length - 2 && w.Folded.EndsWith("er", StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Runs of name words in the target range: capitalised, not a title, month or nationality.</summary>
    private List<List<TextSpan>> TargetNames(RuleContext context, TextSpan range)
    {
        var text = context.Text;
        var analysis = context.Analysis;
        var groups = new List<List<TextSpan>>();
        var words = NameWords(text, range);
        List<TextSpan>? current = null;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var word = text[w.Start..w.End];

            // Handles, hashtags, addresses: the markup rule compares those whole ("@Agency_App", "#FrenchBatteries").
            // A common word after a first name is a surname ("Gudrun Pastor").
            var afterName = current is not null && w.Start - current[^1].End == 1;
            var isName = !InHandleOrAddress(text, w) && IsNameWord(word, "en", afterName);
            if (isName && IsSentenceInitial(text, analysis, w.Start))
            {
                // "Police said…": a capital that opens a sentence is a name only if the tagger says so, or a name follows.
                var tokenIndex = analysis.TokenAtOrAfter(w.Start);
                isName = analysis.HasTagger
                    ? tokenIndex < analysis.Tokens.Length && analysis.TagOf(tokenIndex) == PosTag.PROPN && !ModifiesNoun(text, analysis, tokenIndex, word)
                    : i + 1 < words.Count && IsNameWord(text[words[i + 1].Start..words[i + 1].End], "en") && words[i + 1].Start - w.End == 1;
            }

            if (!isName)
            {
                current = null;
                continue;
            }

            if (current is null || w.Start - current[^1].End > 1)
            {
                current = [];
                groups.Add(current);
            }

            current.Add(w);
        }

        return groups;
    }

    /// <summary>
    /// A sentence's first word that English lists in lower case, before a lower-case noun: "Olive growers fear…",
    /// "Rice farmers say…" — a common word modifying the noun, whatever the tagger made of its capital.
    /// </summary>
    private static bool ModifiesNoun(string text, Text.AnalyzedText analysis, int tokenIndex, string word)
    {
        var next = tokenIndex + 1;
        if (next >= analysis.Tokens.Length || analysis.TagOf(next) != PosTag.NOUN || !char.IsLower(text[analysis.Tokens[next].Start])
            || analysis.Tokens[next].Start - analysis.Tokens[tokenIndex].End != 1)
        {
            return false;
        }

        var evidence = EnglishEvidence.Of(Lexicons.English, word, fold: false);
        return evidence.InDictionary && (evidence.Flags & WordFlags.Lower) != 0 && evidence.Band >= 3;
    }

    /// <summary>Whether a word is part of an @handle, a #hashtag, an e-mail or a web address.</summary>
    private static bool InHandleOrAddress(string text, TextSpan word)
    {
        var start = word.Start;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = word.End;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var chunk = text.AsSpan(start, end - start);
        return chunk.IndexOfAny('@', '#') >= 0 || chunk.Contains("://", StringComparison.Ordinal) || chunk.Contains("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Words for names: possessives cut ("Saxony's" → "Saxony"), hyphenated names split ("Rhine-Westphalia").</summary>
    private static List<TextSpan> NameWords(string text, TextSpan range)
    {
        var result = new List<TextSpan>();
        foreach (var w in BilingualWords.Words(text, range.Start, range.End))
        {
            var start = w.Start;
            for (var i = w.Start; i <= w.End; i++)
            {
                if (i == w.End || text[i] == '-')
                {
                    var end = i;
                    if (end - start > 2 && text[end - 1] is 's' && text[end - 2] is '\'' or '’')
                    {
                        end -= 2;
                    }

                    if (end > start)
                    {
                        result.Add(new TextSpan(start, end));
                    }

                    start = i + 1;
                }
            }
        }

        return result;
    }

    /// <summary>Source names (capitalised inside a sentence; in German, acronyms only) that no target word matches.</summary>
    private List<TextSpan> SourceNamesMissing(RuleContext context, string source, TextSpan range, string language, TextSpan target)
    {
        var targetWords = BilingualWords.Words(context.Text, target.Start, target.End).Select(w => NameForm.Of(context.Text[w.Start..w.End])).ToList();
        var result = new List<TextSpan>();
        foreach (var span in BilingualWords.Words(source, range.Start, range.End))
        {
            var word = BilingualWords.WithoutElision(source[span.Start..span.End]);
            var w = new TextSpan(span.End - word.Length, span.End);
            var german = language == "de";
            if (!IsNameWord(word, language) || (german && !IsAcronym(word)) || IsSentenceInitial(source, null, w.Start))
            {
                continue;
            }

            var form = NameForm.Of(word);
            if (!targetWords.Any(tw => NameMatcher.Same(tw, form)) && !_exonymForms.Contains(form.Folded))
            {
                result.Add(w);
            }
        }

        return result;
    }

    private bool IsNameWord(string word, string language, bool afterName = false)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || word.Any(char.IsDigit))
        {
            return false;
        }

        if (NotNames.Contains(word) || _ignore.Contains(word) || (word.EndsWith('s') && NotNames.Contains(word[..^1])))
        {
            return false;
        }

        if (language == "en" && !IsAcronym(word) && Lexicon.Value is { } model && Stems(word).Any(w => (model.ClassesOf(w) & CommonTags) != 0))
        {
            return false;
        }

        // A compound of two common English words the lexicon does not list ("Eurozone"): a translated word, not a name.
        if (language == "en" && !afterName && !IsAcronym(word) && IsCommonCompound(word))
        {
            return false;
        }

        // A word English dictionaries list only in lower case is a common word written with a capital ("Turnout was…",
        // "Semiconductor maker X"): a translated word, not a name to find in the source.
        if (language == "en" && !afterName && !IsAcronym(word) && EnglishEvidence.Of(Lexicons.English, word, fold: false) is { Found: true } evidence
            && (evidence.Flags & (WordFlags.Lower | WordFlags.Capitalised)) == WordFlags.Lower && (evidence.Flags & (WordFlags.Dictionary | WordFlags.WordNet)) != 0)
        {
            return false;
        }

        FunctionWords.TryGet(language, out var functionWords);
        if (functionWords.Contains(word))
        {
            return false;
        }

        // Words built with a derivational ending are translated parts of a name ("International Monetary Fund",
        // "Governing Council", "Statistics Institute"), not names to find in the source.
        if (language == "en" && !IsAcronym(word) && IsDerived(word))
        {
            return false;
        }

        // Nationalities and peoples: "Russian", "Japanese", "Venezuelan", "Korean".
        return !(language == "en" && word.Length > 5 && (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ians", StringComparison.Ordinal)
            || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal) || word.EndsWith("eans", StringComparison.Ordinal)
            || word.EndsWith("ican", StringComparison.Ordinal) || word.EndsWith("icans", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)));
    }

    /// <summary>An unlisted word made of two lower-case English dictionary words of four letters or more: "Eurozone", not "Greenland" (listed).</summary>
    private static bool IsCommonCompound(string word)
    {
        var english = Lexicons.English;
        if (word.Length < 8 || EnglishEvidence.Of(english, word, fold: false).Found)
        {
            return false;
        }

        for (var cut = 4; cut <= word.Length - 4; cut++)
        {
            if (IsLowerWord(english, word.AsSpan(0, cut)) && IsLowerWord(english, word.AsSpan(cut)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLowerWord(WordTable english, ReadOnlySpan<char> part) =>
        EnglishEvidence.Of(english, part, fold: false) is { Found: true, InDictionary: true } e && (e.Flags & WordFlags.Lower) != 0;

    private static readonly string[] DerivedEndings = ["ical", "ary", "ics", "tion", "ity", "ities", "ive", "ory", "ism", "ment", "ship"];

    /// <summary>An English word of eight letters or more with a derivational ending ("Monetary", "Meteorological"); "-ing" from nine.</summary>
    private static bool IsDerived(string word) =>
        (word.Length >= 8 && DerivedEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal))) || (word.Length >= 9 && word.EndsWith("ing", StringComparison.Ordinal));

    /// <summary>The word and its likely stems, for the lexicon: "Milder" → "mild", "Tariffs" → "tariff", "Governing" → "govern".</summary>
    private static IEnumerable<string> Stems(string word)
    {
        yield return word;
        foreach (var ending in new[] { "s", "es", "er", "ing", "ed", "ate" })
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                yield return word[..^ending.Length];
            }
        }
    }

    /// <summary>
    /// Whether an acronym is the initials of a run of the range's words, function words skipped: "ESA" beside
    /// "European Space Agency", "DGT" for "Dirección General de Tráfico".
    /// </summary>
    private static bool IsSpelledOut(string acronym, string text, TextSpan range, string language)
    {
        if (!IsAcronym(acronym) || acronym.Length is < 2 or > 6 || acronym.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        var initials = new System.Text.StringBuilder();
        foreach (var w in BilingualWords.Words(text, range.Start, range.End))
        {
            var word = BilingualWords.WithoutElision(text[w.Start..w.End]);
            if (word == acronym || !BilingualWords.IsContent(word, language))
            {
                continue;
            }

            // Hyphenated words give each part's initial: "Rhénanie-du-Nord-Westphalie".
            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (BilingualWords.IsContent(part, language) && BilingualWords.Fold(part.AsSpan(0, 1)) is [var initial, ..])
                {
                    initials.Append(char.ToUpperInvariant(initial));
                }
            }
        }

        return initials.ToString().Contains(acronym, StringComparison.Ordinal);
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '.');

    /// <summary>Whether a word opens its sentence (or a quotation, or a line) and so is capitalised anyway.</summary>
    private static bool IsSentenceInitial(string text, Text.AnalyzedText? analysis, int at)
    {
        var i = at - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '«' or '“' or '"' or '„' or '‘' or '\'' or '(' or '¿' or '¡' or '—' or '–' or '-'))
        {
            if (text[i] == '\n')
            {
                return true;
            }

            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '…' || (analysis is not null && analysis.Sentences.Length > 0 && analysis.Sentences[analysis.SentenceAt(at)].Start >= i + 1);
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "names";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context)
        {
            var exonyms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            if (parameters.Map("exonyms") is { } map)
            {
                foreach (var (k, v) in map.Node.Children)
                {
                    var forms = v switch
                    {
                        YamlScalarNode { Value: { } one } => [one],
                        YamlSequenceNode seq when seq.Children.All(c => c is YamlScalarNode) => seq.Children.Select(c => ((YamlScalarNode)c).Value ?? string.Empty).ToList(),
                        _ => null,
                    };
                    if (k is not YamlScalarNode { Value: { } english } || forms is null)
                    {
                        map.Error(k, "exonym entries must be 'EnglishName: [SourceName, ...]'");
                        continue;
                    }

                    // Every word of the English name answers for the source forms: "Saudi Arabia" → "Arabie saoudite".
                    foreach (var word in english.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
                    {
                        var key = BilingualWords.Fold(word);
                        if (!exonyms.TryGetValue(key, out var list))
                        {
                            exonyms[key] = list = [];
                        }

                        // Hyphens become spaces: the source side is read with hyphenated names split ("Pays-Bas" → "pays bas").
                        list.AddRange(forms.Select(f => string.Join(' ', BilingualWords.Words(f, 0, f.Length).Select(w => BilingualWords.Fold(f.AsSpan(w.Start, w.Length)).Replace('-', ' '))) + (f.EndsWith('*') ? "*" : string.Empty)));
                    }
                }
            }

            var ignore = WordLists.Set(parameters, "ignore");
            var implied = WordLists.Set(parameters, "implied");
            // direction: target (default) looks for the translation's names in the source, source for the source's in the translation.
            var lost = parameters.Enum<NameDirection>("direction") == NameDirection.Source;
            return new NamesRule(info, ignore, implied, exonyms.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Distinct().ToArray(), StringComparer.Ordinal), lost);
        }
    }
}
