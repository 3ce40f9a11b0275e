using System.Buffers;

namespace Translation.Quality.Text;

/// <summary>
/// Splits text into tokens with exact offsets. Follows Universal Dependencies conventions where
/// the tagger needs them (possessive "'s" and "n't" are their own tokens) and keeps wire-copy
/// units whole (URLs, handles, "Komsomolsk-on-Amur", "U.S.", "3.5").
/// </summary>
public static class Tokenizer
{
    private static readonly SearchValues<char> Apostrophes = SearchValues.Create("'\u2019");

    public static Token[] Tokenize(string text)
    {
        var list = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, 0, text.Length, list);
        return [.. list];
    }

    public static void Tokenize(string text, int start, int end, List<Token> output)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                i++;
                continue;
            }

            var tokenEnd = ScanUrl(text, i, end);
            if (tokenEnd > i)
            {
                output.Add(new Token(i, tokenEnd, TokenKind.Url, TokenShape.Lower));
                i = tokenEnd;
                continue;
            }

            if ((c == '@' || c == '#') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && (i == start || !char.IsLetterOrDigit(text[i - 1])))
            {
                var j = i + 1;
                while (j < end && (char.IsLetterOrDigit(text[j]) || text[j] == '_'))
                {
                    j++;
                }

                output.Add(new Token(i, j, c == '@' ? TokenKind.Handle : TokenKind.Hashtag, TokenShape.Mixed));
                i = j;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                i = ScanWord(text, i, end, output);
                continue;
            }

            // Ellipsis and dash runs stay whole.
            if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                var j = i + 3;
                while (j < end && text[j] == '.')
                {
                    j++;
                }

                output.Add(new Token(i, j, TokenKind.Punctuation, TokenShape.Punctuation));
                i = j;
                continue;
            }

            if (c == '-' && i + 1 < end && text[i + 1] == '-')
            {
                output.Add(new Token(i, i + 2, TokenKind.Punctuation, TokenShape.Punctuation));
                i += 2;
                continue;
            }

            var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            var len = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            output.Add(new Token(i, i + len, kind, TokenShape.Punctuation));
            i += len;
        }
    }

    /// <summary>Zero-width and direction marks: never part of a token, never a token.</summary>
    internal static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u2060'
            or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u00AD' or '\0';

    private static int ScanUrl(string text, int i, int end)
    {
        var rest = text.AsSpan(i, end - i);
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
        {
            return i;
        }

        var j = i;
        while (j < end && !char.IsWhiteSpace(text[j]) && text[j] is not ('"' or '\u201C' or '\u201D' or '<' or '>'))
        {
            j++;
        }

        // Trailing sentence punctuation belongs to the sentence, not the URL.
        while (j > i && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'')
        {
            j--;
        }

        return j;
    }

    private static int ScanWord(string text, int start, int end, List<Token> output)
    {
        var i = start;
        var hasLetter = false;
        var hasDigit = false;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                hasLetter |= char.IsLetter(c);
                hasDigit |= char.IsDigit(c);
                i++;
                continue;
            }

            var next = i + 1 < end ? text[i + 1] : '\0';

            // Decimal and thousands separators inside numbers: 3.5, 1,500, 12:30.
            if ((c is '.' or ',' or ':') && hasDigit && !hasLetter && char.IsDigit(text[i - 1]) && char.IsDigit(next))
            {
                i++;
                continue;
            }

            // Hyphenated compounds: Komsomolsk-on-Amur, Su-35, well-known.
            if ((c == '-' || c == '\u2011') && char.IsLetterOrDigit(next) && char.IsLetterOrDigit(text[i - 1]))
            {
                i++;
                continue;
            }

            // Apostrophes inside names (O'Brien, Côte d'Ivoire) but not clitics handled below.
            if (Apostrophes.Contains(c) && char.IsLetter(next) && char.IsLetter(text[i - 1]) && !IsClitic(text, i, end) && !IsNegation(text, i, end))
            {
                i++;
                continue;
            }

            // Acronyms and dotted abbreviations: U.S., a.m., J.R.R.
            if (c == '.' && char.IsLetter(next) && i + 2 <= end && (i + 2 == end || text[i + 2] == '.') && i - start == 1)
            {
                i = ScanDotted(text, start, end);
                break;
            }

            break;
        }

        // "n't" is its own token (UD): don't -> do + n't.
        if (i - start >= 2 && i < end && IsNegation(text, i, end))
        {
            if (i - 1 > start)
            {
                output.Add(MakeWord(text, start, i - 1));
            }

            output.Add(new Token(i - 1, i + 2, TokenKind.Word, TokenShape.Lower));
            return i + 2;
        }

        output.Add(MakeWord(text, start, i));

        // Clitics: 's, 're, 'll, 've, 'd, 'm.
        if (i < end && IsClitic(text, i, end))
        {
            var j = i + 1;
            while (j < end && char.IsLetter(text[j]))
            {
                j++;
            }

            output.Add(new Token(i, j, TokenKind.Word, TokenShape.Lower));
            return j;
        }

        return i;
    }

    private static int ScanDotted(string text, int start, int end)
    {
        // Pattern: letter '.' (letter '.')+
        var i = start;
        while (i + 1 < end && char.IsLetter(text[i]) && text[i + 1] == '.')
        {
            i += 2;
            if (i < end && char.IsLetter(text[i]) && (i + 1 >= end || !char.IsLetter(text[i + 1])))
            {
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>The apostrophe at <paramref name="i"/> is the one of a final "n't" (don't, can't, isn't).</summary>
    private static bool IsNegation(string text, int i, int end) =>
        i > 0 && (text[i - 1] == 'n' || text[i - 1] == 'N') && Apostrophes.Contains(text[i]) && i + 1 < end && (text[i + 1] == 't' || text[i + 1] == 'T')
        && (i + 2 >= end || !char.IsLetter(text[i + 2]));

    private static bool IsClitic(string text, int i, int end)
    {
        if (!Apostrophes.Contains(text[i]) || i + 1 >= end)
        {
            return false;
        }

        var j = i + 1;
        while (j < end && char.IsLetter(text[j]))
        {
            j++;
        }

        var clitic = text.AsSpan(i + 1, j - i - 1);
        return clitic.Equals("s", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("re", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("d", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("m", StringComparison.OrdinalIgnoreCase);
    }

    private static Token MakeWord(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        return new Token(start, end, IsNumber(span) ? TokenKind.Number : TokenKind.Word, ShapeOf(span));
    }

    private static bool IsNumber(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!(char.IsDigit(c) || c is '.' or ',' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    public static TokenShape ShapeOf(ReadOnlySpan<char> span)
    {
        int upper = 0, lower = 0, digit = 0, letters = 0;
        foreach (var c in span)
        {
            if (char.IsUpper(c))
            {
                upper++;
                letters++;
            }
            else if (char.IsLower(c))
            {
                lower++;
                letters++;
            }
            else if (char.IsDigit(c))
            {
                digit++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                lower++;
            }
        }

        if (letters == 0)
        {
            return digit > 0 ? TokenShape.Numeric : TokenShape.Punctuation;
        }

        if (digit > 0)
        {
            return TokenShape.Alphanumeric;
        }

        if (upper == 0)
        {
            return TokenShape.Lower;
        }

        if (lower == 0)
        {
            return upper >= 2 ? TokenShape.AllCaps : TokenShape.Capitalised;
        }

        return char.IsUpper(span[0]) && IsTitleCase(span) ? TokenShape.Capitalised : TokenShape.Mixed;
    }

    private static bool IsTitleCase(ReadOnlySpan<char> span)
    {
        // "Komsomolsk-on-Amur" and "O'Brien" count as capitalised; "iPhone", "McDonald" do not... except after - or '.
        for (var k = 1; k < span.Length; k++)
        {
            if (char.IsUpper(span[k]) && !(span[k - 1] is '-' or '\'' or '\u2019' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
