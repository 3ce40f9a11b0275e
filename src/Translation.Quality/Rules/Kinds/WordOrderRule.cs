using System.Globalization;
using System.Text;
using Translation.Quality.Text;
using Translation.Quality.WordOrder;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: word-order</c> — a stretch of words in an order English does not use, found by the
/// statistical word-order model (word and POS trigrams both ways, see <see cref="WordOrderScorer"/>)
/// rather than by listed wordings: swaps ("voters their"), stranded determiners and prepositions,
/// adjectives after their noun, complements pushed past a verb, word salad. Where one block move
/// makes the stretch probable, the finding suggests it; a stretch improbable read both ways that
/// only several moves together repair is reported as word salad. Parameters: <c>threshold</c> (nats a
/// repairing move must gain), <c>swapThreshold</c> (the same for a swap of two neighbours), <c>stretchThreshold</c> (mean improbability of a window flagged
/// without a repair), <c>window</c>, the word-salad check's <c>saladThreshold</c>, <c>saladWindow</c>, <c>saladRun</c>,
/// <c>saladGain</c> and <c>saladMoves</c> (see <see cref="WordOrderScoringOptions"/>), <c>minTokens</c>, and <c>exempt</c> (segment shapes left
/// alone: headline, dateline, list-item, results, all-caps, question).
/// </summary>
public sealed class WordOrderRule : IRule
{
    private static readonly string[] AllExemptions = ["headline", "dateline", "list-item", "results", "all-caps", "question"];

    private readonly Lazy<WordOrderScorer> _scorer;
    private readonly int _minTokens;
    private readonly HashSet<string> _exempt;

    private WordOrderRule(RuleInfo info, WordOrderScoringOptions options, int minTokens, HashSet<string> exempt)
    {
        Info = info;
        _minTokens = minTokens;
        _exempt = exempt;

        // The model loads on the first article that reaches this rule, not when the pack is read.
        _scorer = new Lazy<WordOrderScorer>(() => new WordOrderScorer(WordOrderModel.Default, options));
    }

    public RuleInfo Info { get; }

    public bool NeedsTagger => true;

    public IReadOnlyList<RuleData> Data { get; } = [RuleData.WordOrderModel];

    public void Check(RuleContext context)
    {
        var analysis = context.Analysis;
        if (!analysis.HasTagger)
        {
            return;
        }

        var text = context.Text;
        var tokens = analysis.Tokens;
        List<WordOrderIssue>? issues = null;
        Span<bool> buffer = stackalloc bool[256];
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var sentence = analysis.Sentences[s];
            if (sentence.TokenCount < _minTokens || IsExempt(text, tokens, sentence))
            {
                continue;
            }

            var span = tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
            var tags = analysis.TagsOf(s);
            var barrier = sentence.TokenCount <= buffer.Length ? buffer[..sentence.TokenCount] : new bool[sentence.TokenCount];
            WordOrderScorer.MarkBarriers(text, span, tags, barrier);
            for (var i = 0; i < span.Length; i++)
            {
                barrier[i] |= span[i].Kind != TokenKind.Word;
            }

            issues ??= [];
            issues.Clear();
            _scorer.Value.Analyze(text, span, tags, barrier, issues);
            foreach (var issue in issues)
            {
                if (!UndoesSoundConstruction(text, span, tags, issue))
                {
                    Report(context, span, issue);
                }
            }
        }
    }

    /// <summary>
    /// A repair that would take apart a construction English builds that way, which the trigrams
    /// find rare only because it spans a gap: the subject of a relative clause whose object is its
    /// head ("a system that critics say…", "the reaction a director hopes for"), or the object of a
    /// preposition after a content word ("estimated losses at two million euros").
    /// </summary>
    private static bool UndoesSoundConstruction(string text, ReadOnlySpan<Token> span, ReadOnlySpan<PosTag> tags, WordOrderIssue issue)
    {
        if (!issue.HasMove)
        {
            return false;
        }

        // A move swaps two neighbouring blocks: left [lo, mid) and right [mid, hi).
        var (lo, mid, hi) = issue.MoveBy > 0
            ? (issue.MoveStart, issue.MoveStart + issue.MoveLength, issue.MoveStart + issue.MoveLength + issue.MoveBy)
            : (issue.MoveStart + issue.MoveBy, issue.MoveStart, issue.MoveStart + issue.MoveLength);
        if (lo < 0 || hi > span.Length || mid <= lo || hi <= mid)
        {
            return false;
        }

        // "losses at | two million euros": the right block is the whole object of the preposition that ends the left one.
        if (mid - lo >= 2 && tags[mid - 1] == PosTag.ADP && tags[mid - 2] is PosTag.NOUN or PosTag.VERB && tags[mid] is PosTag.DET or PosTag.NUM)
        {
            return true;
        }

        for (var n = Math.Max(lo, 1); n < Math.Min(hi, span.Length - 1); n++)
        {
            if (tags[n] is not (PosTag.NOUN or PosTag.PROPN or PosTag.PRON))
            {
                continue;
            }

            // The clause's subject with its determiner, then what opens the clause: "that"/"which"/"whom" after a
            // noun, or (a contact clause) the noun itself right before a determiner.
            var subject = tags[n - 1] == PosTag.DET ? n - 1 : n;
            if (subject < 1 || !(tags[n + 1] == PosTag.VERB || IsVerbTaggedNoun(text, span, tags, subject, n + 1)))
            {
                continue;
            }

            var opener = span[subject - 1].Slice(text);
            var marked = opener is "that" or "which" or "whom" && subject >= 2 && tags[subject - 2] is PosTag.NOUN or PosTag.PROPN;
            // The head may be a noun the tagger read as a verb or an adjective ("the ending", "the welcome"): its determiner shows it.
            var contact = subject < n && (tags[subject - 1] == PosTag.NOUN || (subject >= 2 && tags[subject - 2] == PosTag.DET));
            if (marked || contact)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The tagger's slip on a verb in -s after a singular subject: "a director hopes" cannot be one noun
    /// phrase ("a" with a plural head), so "hopes" is the verb.
    /// </summary>
    private static bool IsVerbTaggedNoun(string text, ReadOnlySpan<Token> span, ReadOnlySpan<PosTag> tags, int subject, int word)
    {
        var form = span[word].Slice(text);
        return tags[word] == PosTag.NOUN && span[subject].Slice(text) is "a" or "an" or "one" or "each" or "every"
            && form.Length > 3 && form[^1] == 's' && form[^2] is not ('s' or 'u' or 'i');
    }

    private bool IsExempt(string text, Token[] tokens, Sentence sentence) =>
        (_exempt.Contains("headline") && SegmentShape.IsHeadline(text, tokens, sentence))
        || (_exempt.Contains("dateline") && SegmentShape.IsDatelineOrCredit(text, tokens, sentence))
        || (_exempt.Contains("list-item") && SegmentShape.IsListItem(text, tokens, sentence))
        || (_exempt.Contains("results") && SegmentShape.IsResultsLine(text, tokens, sentence))
        || (_exempt.Contains("all-caps") && SegmentShape.IsAllCaps(text, tokens, sentence))
        || (_exempt.Contains("headline") && IsLabel(text, tokens, sentence))
        || (_exempt.Contains("question") && EndsWith(text, tokens, sentence, '?'));

    /// <summary>"Women's singles final:" on a line of its own: a label before a list.</summary>
    private static bool IsLabel(string text, Token[] tokens, Sentence sentence) =>
        EndsWith(text, tokens, sentence, ':') && SegmentShape.IsOwnLine(text, sentence);

    /// <summary>Whether the sentence's last mark, before closing quotes and brackets, is <paramref name="mark"/>.</summary>
    private static bool EndsWith(string text, Token[] tokens, Sentence sentence, char mark)
    {
        for (var k = sentence.EndToken - 1; k >= sentence.FirstToken; k--)
        {
            var c = text[tokens[k].Start];
            if (tokens[k].Kind == TokenKind.Punctuation && c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB')
            {
                continue;
            }

            return text[tokens[k].End - 1] == mark;
        }

        return false;
    }

    private static void Report(RuleContext context, ReadOnlySpan<Token> span, WordOrderIssue issue)
    {
        var text = context.Text;
        var start = span[issue.Start].Start;
        var end = span[issue.End - 1].End;
        if (issue.Salad)
        {
            context.Report(start, end, string.Create(CultureInfo.InvariantCulture, $"Word salad: these words are scrambled, improbable read either way, and only several moves together make them English (the model's gain {issue.Score:F1}); rewrite the stretch."));
            return;
        }

        if (!issue.HasMove)
        {
            context.Report(start, end, string.Create(CultureInfo.InvariantCulture, $"These words are in an order English copy does not use (improbability {issue.Score:F1}); reorder or rewrite the stretch."));
            return;
        }

        var order = WordOrderScorer.Rearranged(span.Length, issue);
        var suggestion = new StringBuilder();
        for (var i = issue.Start; i < issue.End; i++)
        {
            if (suggestion.Length > 0)
            {
                suggestion.Append(' ');
            }

            suggestion.Append(span[order[i]].Slice(text));
        }

        var fix = suggestion.ToString();
        context.Report(start, end, string.Create(CultureInfo.InvariantCulture, $"Words out of order: English reads \"{fix}\" here (the model's gain {issue.Score:F1})."), fix);
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "word-order";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context)
        {
            var defaults = new WordOrderScoringOptions();
            var options = defaults with
            {
                MoveThreshold = parameters.Double("threshold", 0, 100) ?? defaults.MoveThreshold,
                SwapThreshold = parameters.Double("swapThreshold", 0, 100) ?? parameters.Double("threshold", 0, 100) ?? defaults.SwapThreshold,
                StretchThreshold = parameters.Double("stretchThreshold", 0, 100) ?? defaults.StretchThreshold,
                SearchGate = parameters.Double("searchGate", -10, 100) ?? defaults.SearchGate,
                SaladThreshold = parameters.Double("saladThreshold", -10, 100) ?? defaults.SaladThreshold,
                SaladWindow = parameters.Int("saladWindow", 3, 12) ?? defaults.SaladWindow,
                SaladRun = parameters.Int("saladRun", 1, 12) ?? defaults.SaladRun,
                SaladGain = parameters.Double("saladGain", 0, 200) ?? defaults.SaladGain,
                SaladMoves = parameters.Int("saladMoves", 0, 6) ?? defaults.SaladMoves,
                Window = parameters.Int("window", 2, 8) ?? defaults.Window,
                TagWeight = parameters.Double("tagWeight", 0, 4) ?? defaults.TagWeight,
            };
            var minTokens = parameters.Int("minTokens", 2, 100) ?? 5;
            var exempt = parameters.StringList("exempt") ?? AllExemptions;
            foreach (var e in exempt)
            {
                if (!AllExemptions.Contains(e, StringComparer.Ordinal))
                {
                    parameters.Error(parameters.Find("exempt")!, $"'exempt' may list {string.Join(", ", AllExemptions)}, not '{e}'");
                    return null;
                }
            }

            return new WordOrderRule(info, options, minTokens, [.. exempt]);
        }
    }
}
