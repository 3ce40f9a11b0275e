using System.Collections.Frozen;
using Translation.Quality.Yaml;
using Translation.Quality.Lexicon;
using Translation.Quality.Text;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: spelling</c> — a word no English lexicon knows (en-US and en-GB Hunspell, the big word
/// list, WordNet, or SUBTLEX-US at band <c>knownBand</c> or more), with a suggestion from the words
/// within Damerau–Levenshtein distance 1–2 (<c>maxDistance</c>), ranked by frequency. Quiet on
/// names (capitalised mid-sentence, or written so elsewhere in the article), on words of the
/// <c>languages</c> lexicons (the untranslated-word rule reports those), on codes, handles, URLs,
/// numbers, mixed case and all capitals, on hyphenated compounds whose parts are words, and on the
/// <c>allow</c> list. A capitalised first word of a sentence is checked only when a word within
/// distance 1 exists; with <c>requireSuggestion</c> (the default) a word with no near word stays quiet.
/// </summary>
internal sealed class SpellingRule : IRule
{
    /// <summary>A first word this long followed by a capital is still checked ("Substitue Petersen"); shorter ones are given names ("Alina Sorokina").</summary>
    private const int LongWord = 7;

    private readonly Options _options;

    private SpellingRule(RuleInfo info, Options options)
    {
        Info = info;
        _options = options;
    }

    public RuleInfo Info { get; }

    public IReadOnlyList<RuleData> Data => RuleData.AllLexicons;

    public void Check(RuleContext context)
    {
        var analysis = context.Analysis;
        var english = Lexicons.English;
        var source = analysis.Article.SourceLanguage.ToLowerInvariant();
        // The article's source first: its words are always left to the untranslated-word rule; a third
        // language's only when no English word is one slip away.
        var foreign = new List<WordTable>();
        foreach (var code in (_options.Languages ?? []).Prepend(source).Distinct(StringComparer.Ordinal))
        {
            if (code != "en" && Lexicons.For(code) is { } table)
            {
                foreign.Add(table);
            }
        }

        var sourceTable = Lexicons.For(source);

        HashSet<string>? names = null;
        SpellingSuggester? suggester = null;
        var tokens = analysis.Tokens;
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var sentence = analysis.Sentences[s];
            var caseLost = SentenceCase.IsLost(tokens, sentence);
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var token = tokens[t];
                var initial = t == sentence.FirstToken || IsAfterOpening(analysis, t, sentence);
                if (token.Kind != TokenKind.Word || !(token.Shape == TokenShape.Lower || (token.Shape == TokenShape.Capitalised && initial)))
                {
                    continue;
                }

                var word = analysis.TokenSpan(t);
                if (word.Length < _options.MinLength || word.Length > WordKey.MaxLength - 2 || !IsPlainWord(word))
                {
                    continue;
                }

                // A hyphenated compound is checked part by part; the first unknown part is the finding.
                var offset = 0;
                var unknown = UnknownPart(english, foreign, sourceTable, word, ref offset);
                if (unknown.IsEmpty || _options.Allow.GetAlternateLookup<ReadOnlySpan<char>>().Contains(unknown))
                {
                    continue;
                }

                names ??= NamesOf(analysis);
                if (IsName(names, unknown) || IsMention(analysis, t, sentence) || UntranslatedWordRule.InAddress(analysis.Text, token)
                    || (token.Shape == TokenShape.Capitalised && unknown.Length < LongWord && NextIsCapitalised(analysis, t, sentence)))
                {
                    continue;
                }

                // Two unknown words side by side are a phrase of some other language ("polbo á feira"), not two typos.
                if (NeighbourUnknown(analysis, english, foreign, t - 1, sentence) || NeighbourUnknown(analysis, english, foreign, t + 1, sentence))
                {
                    continue;
                }

                suggester ??= new SpellingSuggester(english, _options.KnownBand);
                // In a sentence that lost its case a name may hide in any word: the capitalised word's standard.
                var capitalised = token.Shape == TokenShape.Capitalised || caseLost;
                var suggestion = suggester.Suggest(unknown, capitalised ? 1 : _options.MaxDistance);
                if (suggestion is null && (capitalised || _options.RequireSuggestion))
                {
                    continue;
                }

                var start = token.Start + offset;
                var fix = suggestion is { } sg ? (token.Shape == TokenShape.Capitalised && offset == 0 ? char.ToUpperInvariant(sg.Word[0]) + sg.Word[1..] : sg.Word) : null;
                context.Report(start, start + unknown.Length, Info.Message.Replace("{word}", unknown.ToString(), StringComparison.Ordinal), fix);
            }
        }
    }

    /// <summary>The part of a word English does not know (the word itself, or one part of a hyphenated compound), or empty.</summary>
    private ReadOnlySpan<char> UnknownPart(WordTable english, List<WordTable> foreign, WordTable? sourceTable, ReadOnlySpan<char> word, ref int offset)
    {
        if (IsKnown(english, foreign, sourceTable, word))
        {
            return default;
        }

        if (word.IndexOf('-') < 0)
        {
            return IsClosedCompound(english, word) ? default : word;
        }

        foreach (var range in word.Split('-'))
        {
            var part = word[range];
            if (part.Length >= _options.MinLength && !IsKnown(english, foreign, sourceTable, part))
            {
                offset = range.Start.Value;
                return part;
            }
        }

        return default;
    }

    /// <summary>
    /// A closed compound of two English words, "matchday", "trainsets", "counterparty": eight letters or more, a head of
    /// four or more and a tail of three or more, each a word in its own right ("thecountry" has no four-letter head).
    /// </summary>
    private bool IsClosedCompound(WordTable english, ReadOnlySpan<char> word)
    {
        if (word.Length < 8 || !char.IsLower(word[0]))
        {
            return false;
        }

        // A three-letter tail ("matchday") counts only when no frequent word is one slip away: "begining" and
        // "mediaton" read as "begin" + "ing" and "media" + "ton" but are typos of "beginning" and "mediation".
        bool? near = null;
        for (var cut = 4; cut <= word.Length - 3; cut++)
        {
            if (IsEnglish(english, word[..cut]) && IsEnglish(english, word[cut..])
                && (word.Length - cut >= 4 || !(near ??= SpellingSuggester.IsNearEnglish(english, word))))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsEnglish(WordTable english, ReadOnlySpan<char> word)
    {
        var evidence = EnglishEvidence.Of(english, word);
        return evidence.Found && (evidence.Flags & WordFlags.Dictionary) != 0 && evidence.Band >= _options.KnownBand;
    }

    private bool IsKnown(WordTable english, List<WordTable> foreign, WordTable? sourceTable, ReadOnlySpan<char> word)
    {
        var evidence = EnglishEvidence.Of(english, word);
        if (evidence.Found && ((evidence.Flags & (WordFlags.Dictionary | WordFlags.WordList | WordFlags.WordNet)) != 0 || evidence.Band >= _options.KnownBand))
        {
            return true;
        }

        // An adjective used as a plural noun, which the dictionaries list only as the adjective: "renewables", "valuables".
        if (word.Length >= 6 && word[^1] == 's' && word[^2] != 's'
            && EnglishEvidence.Of(english, word[..^1]) is { Found: true } stem && (stem.Flags & (WordFlags.Dictionary | WordFlags.WordNet)) != 0)
        {
            return true;
        }

        foreach (var table in foreign)
        {
            if (WordKey.Find(table, word) is var e and >= 0 && (table.Flags(e) & (WordFlags.Dictionary | WordFlags.Stopword | WordFlags.CompoundPart)) != 0)
            {
                return ReferenceEquals(table, sourceTable) || !SpellingSuggester.IsNearEnglish(english, word);
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> MentionWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "called", "dubbed", "termed", "so-called", "known", "nicknamed", "literally", "word", "term", "slogan", "motto", "named");

    /// <summary>A word named rather than used: "known locally as …", "the so-called …", "the word …".</summary>
    private static bool IsMention(AnalyzedText analysis, int t, Sentence sentence)
    {
        for (var k = t - 1; k >= Math.Max(sentence.FirstToken, t - 5); k--)
        {
            if (MentionWords.Contains(analysis.TokenText(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NextIsCapitalised(AnalyzedText analysis, int t, Sentence sentence) =>
        t + 1 < sentence.EndToken && analysis.Tokens[t + 1].Kind == TokenKind.Word && analysis.Tokens[t + 1].Shape is TokenShape.Capitalised or TokenShape.AllCaps;

    private bool NeighbourUnknown(AnalyzedText analysis, WordTable english, List<WordTable> foreign, int t, Sentence sentence)
    {
        // Only a lower-case neighbour: a capitalised one is a name beside a typo ("the Hispalense stadum").
        if (t < sentence.FirstToken || t >= sentence.EndToken || analysis.Tokens[t].Kind != TokenKind.Word || analysis.Tokens[t].Shape != TokenShape.Lower)
        {
            return false;
        }

        var word = analysis.TokenSpan(t);
        // Exact spelling, accents kept: "á" is no English word even though "a" is.
        return IsPlainWord(word) && word.IndexOf('-') < 0 && WordKey.Find(english, word) < 0;
    }

    /// <summary>Letters only (Latin script), with inner hyphens; apostrophes and digits make it something else.</summary>
    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '-' && i > 0 && i < word.Length - 1)
            {
                continue;
            }

            if (!char.IsLetter(c) || c > '\u024F')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first word after an opening quote or bracket is a sentence start too.</summary>
    private static bool IsAfterOpening(AnalyzedText analysis, int t, Sentence sentence)
    {
        if (t == sentence.FirstToken)
        {
            return true;
        }

        var before = analysis.TokenSpan(t - 1);
        return before.Length == 1 && before[0] is '"' or '\u201C' or '\u2018' or '(' or '[' or ':' or '\u2013' or '\u2014' or '-';
    }

    private static bool IsName(HashSet<string> names, ReadOnlySpan<char> word)
    {
        Span<char> key = stackalloc char[word.Length];
        WordKey.Normalise(word, key);
        return names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);
    }

    /// <summary>Words the article writes capitalised mid-sentence (or in capitals): names, whatever their case elsewhere.</summary>
    private static HashSet<string> NamesOf(AnalyzedText analysis)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in analysis.Sentences)
        {
            for (var t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
            {
                var token = analysis.Tokens[t];
                if (token.Kind == TokenKind.Word && token.Shape is TokenShape.Capitalised or TokenShape.AllCaps or TokenShape.Mixed)
                {
                    var word = analysis.TokenSpan(t);
                    foreach (var range in word.Split('-'))
                    {
                        names.Add(word[range].ToString().ToLowerInvariant().Replace('\u2019', '\''));
                    }
                }
            }
        }

        return names;
    }

    /// <summary>The rule's parameters, validated when the pack loads.</summary>
    public sealed record Options
    {
        public IReadOnlyList<string>? Languages { get; init; }

        public int MinLength { get; init; } = 3;

        public int KnownBand { get; init; } = 3;

        public int MaxDistance { get; init; } = 2;

        public bool RequireSuggestion { get; init; } = true;

        public FrozenSet<string> Allow { get; init; } = FrozenSet<string>.Empty;
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "spelling";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context)
        {
            var errorsBefore = parameters.Errors.Count;
            var languages = SourceLexiconLanguages.Read(parameters);

            var defaults = new Options();
            var options = new Options
            {
                Languages = languages,
                MinLength = parameters.Int("minLength", 1, 20) ?? defaults.MinLength,
                KnownBand = parameters.Int("knownBand", 1, 8) ?? defaults.KnownBand,
                MaxDistance = parameters.Int("maxDistance", 1, 2) ?? defaults.MaxDistance,
                RequireSuggestion = parameters.Bool("requireSuggestion") ?? defaults.RequireSuggestion,
                Allow = WordLists.Set(parameters, "allow"),
            };
            return parameters.Errors.Count > errorsBefore ? null : new SpellingRule(info, options);
        }
    }
}
