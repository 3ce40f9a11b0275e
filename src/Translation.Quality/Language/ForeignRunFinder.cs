using System.Collections.Frozen;
using Translation.Quality.Text;

namespace Translation.Quality.Language;

/// <summary>
/// Finds untranslated source-language clauses inside a target-language sentence. Cheap cues
/// first: a stretch of lower-case words with no target-language function word in it, holding at
/// least two of the candidate language's function words. Then the statistical detector must
/// agree, so that names ("Place de la Concorde"), loanwords ("coup d'état", "de facto") and
/// particles ("Rio de Janeiro") stay quiet.
/// </summary>
internal static class ForeignRunFinder
{
    public const int MinWords = 3;
    public const int MinLowercaseWords = 3;
    public const int MinFunctionCues = 2;
    public const double MinConfidence = 0.5;

    /// <param name="rank">The detector's ranking of a piece of text; null means nothing can be confirmed.</param>
    /// <param name="detectable">Languages the detector knows; runs in other languages cannot be confirmed.</param>
    public static IReadOnlyList<LanguageRun> Find(ReadOnlySpan<char> sentence, string target, IEnumerable<string> candidates, Func<string, IReadOnlyList<LanguageGuess>>? rank, IReadOnlyCollection<string> detectable)
    {
        if (rank is null || !FunctionWords.TryGet(target, out var targetWords))
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
        foreach (var candidate in candidates.Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal))
        {
            if (candidate == target || !detectable.Contains(candidate) || !FunctionWords.TryGet(candidate, out var cues))
            {
                continue;
            }

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
                : w.IsLower && FunctionWords.HasDiacriticOf(language, span) ? Cue.Letters
                : Cue.None;
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
            while (first < end && kinds[first] is Cue.None)
            {
                first++;
            }

            var lastCue = end - 1;
            while (lastCue >= first && kinds[lastCue] is Cue.None)
            {
                lastCue--;
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

    /// <param name="first">The first cue word.</param>
    /// <param name="lastCue">The last cue word: [first, lastCue] is the core the thresholds apply to.</param>
    /// <param name="last">The last word of the clause (the core plus the words after it up to punctuation).</param>
    private static void TryAdd(string text, List<Word> words, Cue[] kinds, int first, int lastCue, int last, string language, Func<string, IReadOnlyList<LanguageGuess>> rank, List<LanguageRun> runs)
    {
        var lower = 0;
        var functionCues = 0;
        for (var k = first; k <= lastCue; k++)
        {
            lower += words[k].IsLower ? 1 : 0;
            functionCues += kinds[k] == Cue.Function ? 1 : 0;
        }

        // English content words after the clause ("de la República raised rates") do not make it longer.
        if (last - first + 1 < MinWords || lower < MinLowercaseWords || functionCues < MinFunctionCues)
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
                    words.Add(new Word(t.Start, t.End, pendingBreak, false));
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
    }

    private readonly record struct Word(int Start, int End, bool BreakBefore, bool IsLower)
    {
        public bool IsLoan { get; init; }
    }
}
