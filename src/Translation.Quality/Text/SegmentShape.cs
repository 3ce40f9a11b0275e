namespace Translation.Quality.Text;

/// <summary>
/// What a segment looks like on the page — a headline, dateline, byline, credit, list item or
/// results line rather than a body sentence — so that detectors of fluent prose can leave them be.
/// </summary>
public static class SegmentShape
{
    /// <summary>The sentence's first token after any opening quotes or brackets ("\"Ainsi, …"): where its capital stands.</summary>
    internal static int FirstWord(ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        var t = sentence.FirstToken;
        while (t < sentence.EndToken - 1 && tokens[t].Kind == TokenKind.Punctuation)
        {
            t++;
        }

        return t;
    }

    /// <summary>Whether the segment ends with . ! ? … (before any closing quotes or brackets) or a colon.</summary>
    public static bool HasFinalPunctuation(string text, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.EndToken - 1; k >= sentence.FirstToken; k--)
        {
            var c = text[tokens[k].Start];
            if (tokens[k].Kind == TokenKind.Punctuation && IsCloser(c))
            {
                continue;
            }

            var last = text[tokens[k].End - 1];
            return last is '.' or '!' or '?' or '\u2026' or ':';
        }

        return false;
    }

    /// <summary>Whether nothing else shares the segment's line.</summary>
    public static bool IsOwnLine(string text, Sentence sentence)
    {
        for (var k = sentence.Start - 1; k >= 0 && text[k] is not ('\n' or '\r'); k--)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        for (var k = sentence.End; k < text.Length && text[k] is not ('\n' or '\r'); k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A line of its own without final punctuation: a headline, standfirst, caption or label.</summary>
    public static bool IsHeadline(string text, ReadOnlySpan<Token> tokens, Sentence sentence) =>
        !HasFinalPunctuation(text, tokens, sentence) && IsOwnLine(text, sentence);

    /// <summary>"PARIS (AFP) –", "By Jane Doe", "© 2024 AFP", "(Reporting by …; editing by …)".</summary>
    public static bool IsDatelineOrCredit(string text, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        var first = tokens[sentence.FirstToken];
        var last = tokens[sentence.EndToken - 1];
        var f = text[first.Start];
        var l = text[last.End - 1];
        if (l is '-' or '\u2013' or '\u2014' || f is '\u00A9')
        {
            return true;
        }

        if (first.Slice(text) is "By" && !HasFinalPunctuation(text, tokens, sentence))
        {
            return true;
        }

        return f == '(' && l == ')' && sentence.TokenCount > 2 && ContainsWord(text, tokens, sentence, ["Reporting", "reporting", "Editing", "editing", "Writing", "writing"]);
    }

    /// <summary>A bullet, "-"/"*" item, or "1." / "a)" / "(b)" numbered or lettered item.</summary>
    public static bool IsListItem(string text, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        var first = tokens[sentence.FirstToken];
        var c = text[first.Start];
        if (c is '\u2022' or '\u25AA' or '\u25E6' or '\u2023' or '\u25CF' or '\u25A0' or '\u2043' or '*' || (c is '-' or '\u2013' or '\u2014' && first.Length == 1 && sentence.TokenCount > 1))
        {
            return true;
        }

        var k = sentence.FirstToken;
        if (c == '(' && sentence.TokenCount > 2)
        {
            k++;
        }

        if (k + 1 >= sentence.EndToken)
        {
            return false;
        }

        var marker = tokens[k];
        var isMarker = (marker.Kind == TokenKind.Number && marker.Length <= 3) || (marker.Kind == TokenKind.Word && marker.Length == 1);
        var after = text[tokens[k + 1].Start];
        return isMarker && tokens[k + 1].Start == marker.End && (after == ')' || (after == '.' && marker.Kind == TokenKind.Number));
    }

    /// <summary>A results or table line: a score like "2-1" / "3–0", or columns separated by tabs.</summary>
    public static bool IsResultsLine(string text, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.Start; k < sentence.End; k++)
        {
            if (text[k] == '\t')
            {
                return true;
            }
        }

        for (var k = sentence.FirstToken; k + 2 < sentence.EndToken; k++)
        {
            if (tokens[k].Kind == TokenKind.Number && tokens[k + 2].Kind == TokenKind.Number && text[tokens[k + 1].Start] is '-' or '\u2013' or ':'
                && tokens[k + 1].Start == tokens[k].End && tokens[k + 2].Start == tokens[k + 1].End)
            {
                return true;
            }
        }

        // Our tokenizer may keep "2-1" whole.
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var t = tokens[k].Slice(text);
            var dash = t.IndexOfAny('-', '\u2013');
            if (dash > 0 && dash < t.Length - 1 && IsDigits(t[..dash]) && IsDigits(t[(dash + 1)..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every letter of the segment is a capital (two words or more).</summary>
    public static bool IsAllCaps(string text, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        var words = 0;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            foreach (var c in t.Slice(text))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }

            words++;
        }

        return words >= 2;
    }

    private static bool ContainsWord(string text, ReadOnlySpan<Token> tokens, Sentence sentence, string[] words)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var t = tokens[k].Slice(text);
            foreach (var w in words)
            {
                if (t.SequenceEqual(w))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return !s.IsEmpty;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB' or '}';
}
