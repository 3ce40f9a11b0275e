using System.Collections.Frozen;
using Translation.Quality.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: mechanics</c> — case and punctuation slips of the kind a machine translation or a
/// broken pipeline leaves, whatever the wording. <c>checks</c> picks any of:
/// <list type="bullet">
/// <item><c>lowercase-start</c>: a sentence starting in lower case (at a paragraph start or after a full stop);</item>
/// <item><c>all-lower</c> / <c>all-caps</c>: a whole body sentence in lower case or in capitals;</item>
/// <item><c>no-final-punctuation</c>: a body paragraph whose last sentence has no final mark;</item>
/// <item><c>space-before-punctuation</c>: " ," " ." and a space before ? ! : ; (also before a closing quote); those
/// last four are left to <c>locale-format</c> for sources in <c>localeSpacing</c>, whose typography spaces them;</item>
/// <item><c>doubled-punctuation</c>: ",," ",." ".." "!!" ";;" and the like (not "..." or "?!");</item>
/// <item><c>unbalanced-quote</c> / <c>unbalanced-bracket</c>: a double quote or bracket opened and never closed in its paragraph, or closed and never opened.</item>
/// </list>
/// Headlines, datelines, bylines, credits, list items and results lines are left alone.
/// </summary>
public sealed class MechanicsRule : IRule
{
    public static readonly string[] AllChecks =
    [
        "lowercase-start", "all-lower", "all-caps", "no-final-punctuation", "space-before-punctuation", "doubled-punctuation", "unbalanced-quote", "unbalanced-bracket",
    ];

    /// <summary>Abbreviations whose full stop is no sentence end ("etc. and", "approx. the").</summary>
    private static readonly string[] DefaultAbbreviations =
    [
        "etc", "approx", "vs", "cf", "incl", "esp", "ca", "al", "viz", "e.g", "i.e", "fig", "no", "nos", "vol", "p", "pp", "ed", "eds", "est", "dept", "ext", "tel",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov",
        "lt", "col", "capt", "sgt", "inc", "ltd", "co", "corp", "jr", "sr", "bros", "ave", "rd", "mt", "ft",
    ];

    private readonly FrozenSet<string> _checks;
    private readonly FrozenSet<string> _localeSpacing;
    private readonly FrozenSet<string> _abbreviations;
    private readonly int _minWords;

    private MechanicsRule(RuleInfo info, FrozenSet<string> checks, FrozenSet<string> localeSpacing, FrozenSet<string> abbreviations, int minWords)
    {
        Info = info;
        _checks = checks;
        _localeSpacing = localeSpacing;
        _abbreviations = abbreviations;
        _minWords = minWords;
    }

    public RuleInfo Info { get; }

    public void Check(RuleContext context)
    {
        var analysis = context.Analysis;
        var text = context.Text;
        var tokens = analysis.Tokens;
        var caseChecks = _checks.Contains("lowercase-start") || _checks.Contains("all-lower") || _checks.Contains("all-caps");
        if (caseChecks)
        {
            for (var s = 0; s < analysis.Sentences.Length; s++)
            {
                var sentence = analysis.Sentences[s];
                if (!IsBody(text, tokens, sentence))
                {
                    continue;
                }

                CheckCase(context, sentence);
            }
        }

        if (_checks.Contains("no-final-punctuation"))
        {
            CheckParagraphEnds(context);
        }

        if (_checks.Contains("space-before-punctuation") || _checks.Contains("doubled-punctuation"))
        {
            CheckPunctuation(context);
        }

        if (_checks.Contains("unbalanced-quote") || _checks.Contains("unbalanced-bracket"))
        {
            CheckBalance(context);
        }
    }

    private static bool IsBody(string text, Token[] tokens, Sentence sentence) =>
        !SegmentShape.IsHeadline(text, tokens, sentence) && !SegmentShape.IsDatelineOrCredit(text, tokens, sentence)
        && !SegmentShape.IsListItem(text, tokens, sentence)
        && (!SegmentShape.IsResultsLine(text, tokens, sentence) || IsProse(tokens, sentence));

    /// <summary>
    /// A sentence of running prose that mentions a score ("They led 2-0 after the first period through goals
    /// by …"): six lower-case words or more, where a results line has names, numbers and a "bt" or two.
    /// </summary>
    private static bool IsProse(Token[] tokens, Sentence sentence)
    {
        var lower = 0;
        for (var k = sentence.FirstToken; k < sentence.EndToken && lower < ProseWords; k++)
        {
            lower += tokens[k].Kind == TokenKind.Word && tokens[k].Shape == TokenShape.Lower ? 1 : 0;
        }

        return lower >= ProseWords;
    }

    private const int ProseWords = 6;

    private void CheckCase(RuleContext context, Sentence sentence)
    {
        var text = context.Text;
        var tokens = context.Analysis.Tokens;
        int words = 0, lower = 0, caps = 0, firstWord = -1;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            firstWord = firstWord < 0 ? k : firstWord;
            words++;
            lower += t.Shape == TokenShape.Lower ? 1 : 0;
            caps += t.Shape == TokenShape.AllCaps || (t.Length == 1 && char.IsUpper(text[t.Start])) ? 1 : 0;
        }

        if (firstWord < 0)
        {
            return;
        }

        var final = SegmentShape.HasFinalPunctuation(text, tokens, sentence);
        if (_checks.Contains("all-lower") && words >= _minWords && lower == words && final)
        {
            context.Report(sentence.Start, sentence.End, "The whole sentence is in lower case, names included.");
            return;
        }

        if (_checks.Contains("all-caps") && words >= _minWords && caps == words && final)
        {
            context.Report(sentence.Start, sentence.End, "A body sentence set in capitals.");
            return;
        }

        if (!_checks.Contains("lowercase-start"))
        {
            return;
        }

        // At the sentence start, and after a full stop inside it (the splitter keeps ". the" together).
        if (tokens[firstWord].Shape == TokenShape.Lower && char.IsLetter(text[tokens[firstWord].Start]))
        {
            ReportLowercase(context, tokens[firstWord]);
        }

        for (var k = firstWord + 1; k + 1 < sentence.EndToken; k++)
        {
            var dot = tokens[k];
            var next = tokens[k + 1];
            if (dot.Kind != TokenKind.Punctuation || dot.Length != 1 || text[dot.Start] is not ('.' or '!' or '?') || next.Kind != TokenKind.Word
                || next.Shape != TokenShape.Lower || next.Start == dot.End || !OnlySpaces(text, dot.End, next.Start) || !char.IsLetter(text[next.Start]))
            {
                continue;
            }

            var before = tokens[k - 1];
            if (text[dot.Start] == '.' && (before.Kind != TokenKind.Word || before.End != dot.Start || IsAbbreviation(text, before)))
            {
                continue;
            }

            ReportLowercase(context, next);
        }
    }

    private void ReportLowercase(RuleContext context, Token word) =>
        context.Report(word.Start, word.End, "The sentence starts in lower case.", char.ToUpperInvariant(context.Text[word.Start]) + context.Text[(word.Start + 1)..word.End]);

    private bool IsAbbreviation(string text, Token word)
    {
        var w = word.Slice(text);
        if (w.Length == 1 || w.Contains('.'))
        {
            return true;
        }

        Span<char> lower = stackalloc char[Math.Min(w.Length, 16)];
        return w.Length <= 16 && w.ToLowerInvariant(lower) > 0 && _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    /// <summary>A line whose last segment is a body sentence (not a headline, dateline or list item) with no final mark.</summary>
    private static void CheckParagraphEnds(RuleContext context)
    {
        var analysis = context.Analysis;
        var text = context.Text;
        var tokens = analysis.Tokens;
        var blankLines = HasBlankLine(text);

        // Headline, standfirst and dateline come before the first sentence that ends with a mark.
        var bodyStarted = false;
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var sentence = analysis.Sentences[s];
            var final = SegmentShape.HasFinalPunctuation(text, tokens, sentence);
            var wasBody = bodyStarted;
            var endsLine = s + 1 == analysis.Sentences.Length || ParagraphBreakBetween(text, sentence.End, analysis.Sentences[s + 1].Start, blankLines: false);
            var endsParagraph = s + 1 == analysis.Sentences.Length || ParagraphBreakBetween(text, sentence.End, analysis.Sentences[s + 1].Start, blankLines);
            bodyStarted |= final && endsLine && !SegmentShape.IsDatelineOrCredit(text, tokens, sentence);

            // A paragraph of several lines is a table, a list or verse, not prose.
            var block = blankLines && LineBreakInParagraph(text, sentence.End, analysis.Sentences, s);
            if (!endsParagraph || final || !wasBody || block || SegmentShape.IsDatelineOrCredit(text, tokens, sentence)
                || SegmentShape.IsListItem(text, tokens, sentence) || SegmentShape.IsResultsLine(text, tokens, sentence) || SegmentShape.IsAllCaps(text, tokens, sentence))
            {
                continue;
            }

            // A body paragraph: an earlier sentence in the same paragraph, or a long line that reads as prose.
            var sharesLine = s > 0 && !ParagraphBreakBetween(text, analysis.Sentences[s - 1].End, sentence.Start, blankLines) && !SegmentShape.IsDatelineOrCredit(text, tokens, analysis.Sentences[s - 1]);
            if (!sharesLine && !ReadsAsProse(text, tokens, sentence))
            {
                continue;
            }

            var last = sentence.EndToken - 1;
            while (last > sentence.FirstToken && tokens[last].Kind == TokenKind.Punctuation)
            {
                last--;
            }

            if (tokens[last].Kind is TokenKind.Word or TokenKind.Number)
            {
                context.Report(tokens[last].Start, tokens[last].End, "The paragraph ends without a full stop.", null);
            }
        }
    }

    /// <summary>Twelve words or more with a lower-case majority and a comma or a function word: prose, not a title.</summary>
    private static bool ReadsAsProse(string text, Token[] tokens, Sentence sentence)
    {
        int words = 0, lower = 0;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                words++;
                lower += tokens[k].Shape == TokenShape.Lower ? 1 : 0;
            }
        }

        return words >= 12 && lower * 2 > words;
    }

    private void CheckPunctuation(RuleContext context)
    {
        var text = context.Text;
        var analysis = context.Analysis;
        var localeSpaced = _localeSpacing.Contains(context.Article.SourceLanguage ?? string.Empty);
        var spaced = _checks.Contains("space-before-punctuation");
        var doubled = _checks.Contains("doubled-punctuation");
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not (',' or '.' or ';' or ':' or '!' or '?'))
            {
                continue;
            }

            if (spaced && text[i - 1] is ' ' or '\u00A0' or '\u202F' && IsSpacedMark(text, i) && !InUrl(analysis, i))
            {
                var from = i - 1;
                while (from > 0 && text[from - 1] is ' ' or '\u00A0' or '\u202F')
                {
                    from--;
                }

                // French typography spaces these four, before a closing quote too: the locale rule's finding.
                var leftToLocale = localeSpaced && c is ';' or ':' or '?' or '!';
                if (from > 0 && !char.IsWhiteSpace(text[from - 1]) && text[from - 1] is not ('\n' or '\r') && !leftToLocale)
                {
                    context.Report(from, i + 1, $"A space before '{c}'.", c.ToString());
                }
            }

            if (doubled && i + 1 < text.Length && IsDoubled(text, i) && !InUrl(analysis, i) && !(c == '.' && EndsAbbreviation(analysis, i)))
            {
                context.Report(i, i + 2, $"Doubled punctuation '{text.AsSpan(i, 2)}'.", text[i] == text[i + 1] ? text[i].ToString() : null);
                i++;
            }
        }
    }

    /// <summary>A mark after a space that is punctuation, not a leading ".5", an ellipsis, or a ":)" face.</summary>
    private static bool IsSpacedMark(string text, int i)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\n';
        if (c == '.' && (char.IsDigit(next) || next == '.' || (i >= 2 && text[i - 2] == '.')))
        {
            return false;
        }

        if (c is ':' or ';' && next is ')' or '(' or '-' or 'D' or 'P')
        {
            return false;
        }

        // The mark closes something: a space, a quote, a line end or the text's end follows.
        return char.IsWhiteSpace(next) || next is '"' or '\u201D' or '\u2019' or '\u00BB' or ')' || i + 1 == text.Length;
    }

    private static bool IsDoubled(string text, int i)
    {
        var a = text[i];
        var b = text[i + 1];
        if (b is not (',' or '.' or ';' or ':' or '!' or '?'))
        {
            return false;
        }

        // "...", "?!", "!?", "?.." stay; exactly two dots are a slip.
        if (a == '.' && b == '.')
        {
            return (i == 0 || text[i - 1] != '.') && (i + 2 >= text.Length || text[i + 2] != '.');
        }

        if ((a is '?' or '!') && (b is '?' or '!') && a != b)
        {
            return false;
        }

        if ((a is '?' or '!') && b == '.')
        {
            return false;
        }

        // A run of three or more "!!!" or "???" is emphasis, not a slip of two.
        return !(a == b && a is '!' or '?' && i + 2 < text.Length && text[i + 2] == a) && (i == 0 || text[i - 1] != a || a is not ('!' or '?'));
    }

    /// <summary>Double quotes and brackets matched per paragraph (a line); a quote left open is fine when the next paragraph opens one (a quote running on).</summary>
    private void CheckBalance(RuleContext context)
    {
        var text = context.Text;
        var quotes = _checks.Contains("unbalanced-quote");
        var brackets = _checks.Contains("unbalanced-bracket");
        var lineStart = 0;
        var blankLines = HasBlankLine(text);
        Span<int> open = stackalloc int[32];
        while (lineStart < text.Length)
        {
            var lineEnd = ParagraphEnd(text, lineStart, blankLines);
            if (quotes)
            {
                CheckQuotes(context, lineStart, lineEnd);
            }

            if (brackets)
            {
                CheckBrackets(context, lineStart, lineEnd, open);
            }

            lineStart = lineEnd + 1;
        }
    }

    /// <summary>The end of the paragraph starting at <paramref name="from"/>: the next blank line (or line break), or the text's end.</summary>
    private static int ParagraphEnd(string text, int from, bool blankLines)
    {
        var k = from;
        while (true)
        {
            var end = text.IndexOf('\n', k);
            if (end < 0)
            {
                return text.Length;
            }

            if (!blankLines)
            {
                return end;
            }

            var next = end + 1;
            while (next < text.Length && text[next] is ' ' or '\t' or '\r')
            {
                next++;
            }

            if (next >= text.Length || text[next] == '\n')
            {
                return end;
            }

            k = end + 1;
        }
    }

    private static void CheckQuotes(RuleContext context, int from, int to)
    {
        var text = context.Text;
        var openAt = -1;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is not ('"' or '\u201C' or '\u201D'))
            {
                continue;
            }

            var opening = c == '\u201C' || (c == '"' && (openAt < 0 ? !ClosesHere(text, i, from) : false));
            if (opening)
            {
                if (openAt >= 0 && c == '\u201C')
                {
                    context.Report(openAt, openAt + 1, "A quotation mark opened and never closed.", null);
                }

                openAt = i;
            }
            else if (openAt >= 0)
            {
                openAt = -1;
            }
            else
            {
                context.Report(i, i + 1, "A closing quotation mark with no opening one.", null);
            }
        }

        if (openAt >= 0 && !NextParagraphOpensQuote(text, to))
        {
            context.Report(openAt, openAt + 1, "A quotation mark opened and never closed.", null);
        }
    }

    /// <summary>A straight quote closes when it follows a word or mark and is followed by a space, a mark or the line end.</summary>
    private static bool ClosesHere(string text, int i, int lineStart)
    {
        var before = i > lineStart ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : '\n';
        return !char.IsWhiteSpace(before) && before is not ('(' or '[') && (char.IsWhiteSpace(after) || char.IsPunctuation(after));
    }

    private static bool NextParagraphOpensQuote(string text, int lineEnd)
    {
        var k = lineEnd;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        return k < text.Length && text[k] is '"' or '\u201C';
    }

    private static void CheckBrackets(RuleContext context, int from, int to, Span<int> open)
    {
        var text = context.Text;
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is '(' or '[')
            {
                if (depth < open.Length)
                {
                    open[depth] = i;
                }

                depth++;
            }
            else if (c is ')' or ']')
            {
                if (depth > 0)
                {
                    depth--;
                }
                else if (!IsListMarker(text, i, from))
                {
                    context.Report(i, i + 1, "A closing bracket with no opening one.", null);
                }
            }
        }

        for (var d = Math.Min(depth, open.Length) - 1; d >= 0; d--)
        {
            context.Report(open[d], open[d] + 1, "A bracket opened and never closed.", null);
        }
    }

    /// <summary>"a)" or "12)" at the start of a line, or after a space in "options a) … b) …".</summary>
    private static bool IsListMarker(string text, int i, int lineStart)
    {
        var k = i - 1;
        while (k >= lineStart && char.IsLetterOrDigit(text[k]))
        {
            k--;
        }

        var marker = i - 1 - k;
        return marker is >= 1 and <= 3 && (k < lineStart || char.IsWhiteSpace(text[k])) && (marker == 1 || char.IsDigit(text[i - 1]));
    }

    /// <summary>Whether the full stop at <paramref name="offset"/> closes a dotted abbreviation ("U.K.", "a.m.") or a listed one ("etc."), so ".," after it is right.</summary>
    private bool EndsAbbreviation(AnalyzedText analysis, int offset)
    {
        var k = analysis.TokenAtOrAfter(offset + 1) - 1;
        if (k < 0)
        {
            return false;
        }

        var t = analysis.Tokens[k];
        if (t.Kind == TokenKind.Word && t.End == offset + 1 && t.Length > 1)
        {
            return true;
        }

        return t.Start == offset && k > 0 && analysis.Tokens[k - 1].End == offset && analysis.Tokens[k - 1].Kind == TokenKind.Word && IsAbbreviation(analysis.Text, analysis.Tokens[k - 1]);
    }

    private static bool InUrl(AnalyzedText analysis, int offset)
    {
        var k = analysis.TokenAtOrAfter(offset + 1) - 1;
        return k >= 0 && analysis.Tokens[k].Kind is TokenKind.Url or TokenKind.Handle or TokenKind.Hashtag && analysis.Tokens[k].End > offset;
    }

    private static bool OnlySpaces(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] is not (' ' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Paragraphs are separated by blank lines where the article has any, else by line breaks.</summary>
    private static bool ParagraphBreakBetween(string text, int from, int to, bool blankLines)
    {
        var breaks = 0;
        for (var k = from; k < to; k++)
        {
            if (text[k] == '\n' || (text[k] == '\r' && (k + 1 == to || text[k + 1] != '\n')))
            {
                breaks++;
            }
        }

        return blankLines ? breaks >= 2 : breaks >= 1;
    }

    /// <summary>Whether the paragraph holding sentence <paramref name="s"/> has a single line break before it.</summary>
    private static bool LineBreakInParagraph(string text, int end, Sentence[] sentences, int s)
    {
        for (var k = s; k > 0; k--)
        {
            var from = sentences[k - 1].End;
            var to = sentences[k].Start;
            if (ParagraphBreakBetween(text, from, to, blankLines: true))
            {
                return false;
            }

            if (ParagraphBreakBetween(text, from, to, blankLines: false))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasBlankLine(string text)
    {
        var lineHasText = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                if (!lineHasText)
                {
                    return true;
                }

                lineHasText = false;
            }
            else if (!char.IsWhiteSpace(c))
            {
                lineHasText = true;
            }
        }

        return false;
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "mechanics";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context)
        {
            var checks = parameters.StringList("checks") ?? AllChecks;
            foreach (var c in checks)
            {
                if (!AllChecks.Contains(c, StringComparer.Ordinal))
                {
                    parameters.Error(parameters.Find("checks")!, $"unknown mechanics check '{c}'; expected some of: {string.Join(", ", AllChecks)}");
                    return null;
                }
            }

            var localeSpacing = (parameters.StringList("localeSpacing") ?? ["fr"]).Select(l => l.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
            var abbreviations = DefaultAbbreviations.Concat(parameters.StringList("abbreviations") ?? []).Select(a => a.ToLowerInvariant().TrimEnd('.')).ToFrozenSet(StringComparer.Ordinal);
            var minWords = parameters.Int("minWords", 2, 50) ?? 4;
            return new MechanicsRule(info, checks.ToFrozenSet(StringComparer.Ordinal), localeSpacing, abbreviations, minWords);
        }
    }
}
