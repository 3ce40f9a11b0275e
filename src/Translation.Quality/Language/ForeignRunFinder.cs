using System.Collections.Frozen;
using Translation.Quality.Text;

namespace Translation.Quality.Language;

/// <summary>
/// Finds untranslated source-language clauses inside a target-language sentence. Cheap cues
/// first: a stretch of mostly lower-case words with no target-language function word in it,
/// holding a function word of the candidate language and one more cue (another function word,
/// or a lower-case word with the language's letters: "précisé", "según"). Then the statistical
/// detector must agree, so that names ("Place de la Concorde", "Banco de la República"),
/// loanwords ("coup d'état", "de facto") and quoted titles stay quiet.
/// </summary>
internal static class ForeignRunFinder
{
    public const int MinWords = 3;
    public const int MinLowercaseWords = 3;
    /// <summary>Function words or lower-case words with the language's letters ("précisé", "según").</summary>
    public const int MinCues = 2;
    public const double MinConfidence = 0.5;

    /// <param name="rank">The detector's ranking of a piece of text; null means nothing can be confirmed.</param>
    /// <param name="detectable">Languages the detector knows; runs in other languages cannot be confirmed.</param>
    public static IReadOnlyList<LanguageRun> Find(ReadOnlySpan<char> sentence, string target, IEnumerable<string> candidates, Func<string, IReadOnlyList<LanguageGuess>>? rank, IReadOnlyCollection<string> detectable)
    {
        if (rank is null || !FunctionWords.TryGet(target, out var targetWords))
        {
            return [];
        }

        var languages = candidates.Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal)
            .Where(c => c != target && detectable.Contains(c) && FunctionWords.TryGet(c, out _)).ToArray();
        if (languages.Length == 0 || !MayHoldARun(sentence, targetWords, languages))
        {
            return [];
        }

        var text = sentence.ToString();
        var words = ReadWords(text);
        if (words.Count < MinWords)
        {
            return [];
        }

        MarkLoanPhrases(text, words);
        var runs = new List<LanguageRun>();
        foreach (var candidate in languages)
        {
            FunctionWords.TryGet(candidate, out var cues);
            FindIn(text, words, candidate, cues, targetWords, rank, runs);
        }

        // Two candidates may claim overlapping stretches; keep the more confident.
        runs.Sort(static (a, b) => b.Confidence.CompareTo(a.Confidence));
        var kept = new List<LanguageRun>(runs.Count);
        foreach (var run in runs)
        {
            if (!kept.Any(k => k.Start < run.End && run.Start < k.End))
            {
                kept.Add(run);
            }
        }

        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    /// <summary>
    /// The fast path, without allocating: a run needs a function word of a candidate language that
    /// the target lacks, and one more such word or a lower-case word with the candidate's letters.
    /// Most sentences of English copy have neither.
    /// </summary>
    private static bool MayHoldARun(ReadOnlySpan<char> text, FrozenSet<string> targetWords, string[] languages)
    {
        var target = targetWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var language in languages)
        {
            FunctionWords.TryGet(language, out var cueWords);
            var cues = cueWords.GetAlternateLookup<ReadOnlySpan<char>>();
            int function = 0, all = 0;
            var i = 0;
            while (FunctionWords.NextWord(text, ref i) is { IsEmpty: false } word)
            {
                if ((cues.Contains(word) && !target.Contains(word)) || (language == "fr" && FunctionWords.IsFrenchElision(word)))
                {
                    function++;
                    all++;
                }
                else if (char.IsLower(word[0]) && FunctionWords.HasDiacriticOf(language, word))
                {
                    all++;
                }

                if (function >= 1 && all >= MinCues)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void FindIn(string text, List<Word> words, string language, FrozenSet<string> cues, FrozenSet<string> targetWords, Func<string, IReadOnlyList<LanguageGuess>> rank, List<LanguageRun> runs)
    {
        var cueLookup = cues.GetAlternateLookup<ReadOnlySpan<char>>();
        var targetLookup = targetWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var kinds = new Cue[words.Count];
        for (var k = 0; k < words.Count; k++)
        {
            var w = words[k];
            var span = text.AsSpan(w.Start, w.End - w.Start);
            var inCues = cueLookup.Contains(span) || (language == "fr" && FunctionWords.IsFrenchElision(span));
            var inTarget = targetLookup.Contains(span);
            kinds[k] = w.IsLoan || (inTarget && !inCues) ? Cue.Target
                : inCues && !inTarget ? Cue.Function
                : inCues ? Cue.Shared
                : w.IsLower && FunctionWords.HasDiacriticOf(language, span) ? Cue.Letters
                : Cue.None;
        }

        // Particles inside a name ("Banco de la República", "Place de la Concorde", "Rio de Janeiro")
        // are part of the name. Not in German, whose nouns are all capitalised ("nach Angaben der Polizei").
        if (language != "de")
        {
            for (var k = 1; k < words.Count; k++)
            {
                if (kinds[k] != Cue.Function || words[k - 1].IsLower || words[k - 1].IsNumber)
                {
                    continue;
                }

                var end = k;
                while (end < words.Count && kinds[end] is Cue.Function or Cue.Shared && !words[end].BreakBefore)
                {
                    end++;
                }

                if (end < words.Count && !words[end].IsLower && !words[end].IsNumber && !words[end].BreakBefore)
                {
                    for (var p = k; p < end; p++)
                    {
                        kinds[p] = Cue.None;
                    }
                }

                k = end;
            }
        }

        var i = 0;
        while (i < words.Count)
        {
            if (kinds[i] == Cue.Target)
            {
                i++;
                continue;
            }

            // A stretch without target-language words; punctuation does not end it.
            var end = i;
            while (end < words.Count && kinds[end] != Cue.Target)
            {
                end++;
            }

            var first = i;
            while (first < end && kinds[first] is Cue.None or Cue.Shared)
            {
                first++;
            }

            var lastCue = end - 1;
            while (lastCue >= first && kinds[lastCue] is Cue.None or Cue.Shared)
            {
                lastCue--;
            }

            // A shared word right before the first cue belongs to the clause: French "a précisé", Spanish "no ha".
            while (first > i && first < end && kinds[first - 1] == Cue.Shared && !words[first].BreakBefore)
            {
                first--;
            }

            // Words after the last cue belong to the clause up to the next punctuation mark.
            var last = lastCue;
            while (last + 1 < end && !words[last + 1].BreakBefore)
            {
                last++;
            }

            if (first <= lastCue)
            {
                TryAdd(text, words, kinds, first, lastCue, last, language, rank, runs);
            }

            i = end;
        }
    }

    /// <param name="first">The first word of the clause.</param>
    /// <param name="lastCue">The last cue word.</param>
    /// <param name="last">The last word of the clause (the words after the last cue up to punctuation).</param>
    private static void TryAdd(string text, List<Word> words, Cue[] kinds, int first, int lastCue, int last, string language, Func<string, IReadOnlyList<LanguageGuess>> rank, List<LanguageRun> runs)
    {
        var lower = 0;
        var functionCues = 0;
        var cues = 0;
        for (var k = first; k <= last; k++)
        {
            lower += words[k].IsLower ? 1 : 0;
            functionCues += kinds[k] == Cue.Function ? 1 : 0;
            cues += kinds[k] is Cue.Function or Cue.Letters ? 1 : 0;
        }

        // German capitalises its nouns: "nach Angaben der Polizei" has two lower-case words in four.
        var enoughLower = language == "de" ? lower >= MinLowercaseWords - 1 && last - first + 1 > MinWords : lower >= MinLowercaseWords;
        if (last - first + 1 < MinWords || !enoughLower || functionCues < 1 || cues < MinCues || lastCue < first)
        {
            return;
        }

        var start = words[first].Start;
        var end = words[last].End;
        if (IsQuotedTitle(text, start, end))
        {
            return;
        }

        var ranked = rank(text[start..end]);
        if (ranked.Count > 0 && ranked[0].Language == language && ranked[0].Confidence >= MinConfidence)
        {
            runs.Add(new LanguageRun(start, end, language, ranked[0].Confidence));
        }
    }

    /// <summary>
    /// A capitalised run that fills a pair of quotation marks is a title or a name ("Les choses de la
    /// vie"), which English copy quotes as it is. A quoted lower-case clause is still reported.
    /// </summary>
    private static bool IsQuotedTitle(string text, int start, int end)
    {
        if (!char.IsUpper(text[start]))
        {
            return false;
        }

        var before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        var after = end;
        while (after < text.Length && text[after] is ' ' or ',' or '.' or '!' or '?')
        {
            after++;
        }

        return before >= 0 && after < text.Length && text[before] is '"' or '\u201C' or '\u00AB' or '\u2018' or '\'' && text[after] is '"' or '\u201D' or '\u00BB' or '\u2019' or '\'';
    }

    private static List<Word> ReadWords(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var words = new List<Word>(tokens.Length);
        var pendingBreak = false;
        foreach (var t in tokens)
        {
            switch (t.Kind)
            {
                case TokenKind.Word:
                    words.Add(new Word(t.Start, t.End, pendingBreak, t.Shape == TokenShape.Lower));
                    pendingBreak = false;
                    break;
                case TokenKind.Number:
                    words.Add(new Word(t.Start, t.End, pendingBreak, false, IsNumber: true));
                    pendingBreak = false;
                    break;
                default:
                    pendingBreak = true;
                    break;
            }
        }

        return words;
    }

    private static void MarkLoanPhrases(string text, List<Word> words)
    {
        foreach (var phrase in FunctionWords.LoanPhrases)
        {
            for (var k = 0; k + phrase.Length <= words.Count; k++)
            {
                var match = true;
                for (var p = 0; p < phrase.Length && match; p++)
                {
                    var w = words[k + p];
                    match = text.AsSpan(w.Start, w.End - w.Start).Equals(phrase[p], StringComparison.OrdinalIgnoreCase);
                }

                if (match)
                {
                    for (var p = 0; p < phrase.Length; p++)
                    {
                        words[k + p] = words[k + p] with { IsLoan = true };
                    }
                }
            }
        }
    }

    private enum Cue : byte
    {
        None,
        Target,
        Function,
        Letters,

        /// <summary>A function word of both languages ("a", "en" for French in English).</summary>
        Shared,
    }

    private readonly record struct Word(int Start, int End, bool BreakBefore, bool IsLower, bool IsNumber = false)
    {
        public bool IsLoan { get; init; }
    }
}
