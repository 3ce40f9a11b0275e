using System.Buffers;
using System.Globalization;

namespace Translation.Quality.Text;

/// <summary>
/// Splits text into tokens with exact offsets. Follows Universal Dependencies conventions where
/// the tagger needs them (possessive "'s" and "n't" are their own tokens: "do|n't", "ca|n't",
/// "Un|'s", "ministers|'") and keeps wire-copy units whole: URLs, e-mail addresses, @handles,
/// #hashtags, "Komsomolsk-on-Amur", "O'Brien", "U.S.", "p.m.", "3.5", "1,500", "12:30",
/// "15/09/2023", "122mm", "3.5bn". Currency signs and "%" are their own (symbol) tokens.
/// </summary>
public static class Tokenizer
{
    private static readonly SearchValues<char> Apostrophes = SearchValues.Create("'\u2019");

    /// <summary>Characters a domain or e-mail label is made of (besides its '.' and '@').</summary>
    private static readonly SearchValues<char> DomainLabelChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_+");

    /// <summary>
    /// Top-level domains that make "afp.com" a web address rather than two words. "it" and "be" are
    /// left out: "ended.it was" is a missing space far more often than an address.
    /// </summary>
    private static readonly string[] Domains = ["com", "org", "net", "gov", "edu", "int", "info", "io", "eu", "uk", "fr", "de", "es", "ru", "ua", "ch", "news"];

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

            var wordStart = i == start || !IsWordChar(text[i - 1]);
            var tokenEnd = wordStart ? ScanUrl(text, i, end) : i;
            if (tokenEnd > i)
            {
                output.Add(new Token(i, tokenEnd, TokenKind.Url, Tokenizer.ShapeOf(text.AsSpan(i, tokenEnd - i))));
                i = tokenEnd;
                continue;
            }

            if ((c == '@' || c == '#') && wordStart)
            {
                tokenEnd = ScanTag(text, i, end);
                if (tokenEnd > i)
                {
                    output.Add(new Token(i, tokenEnd, c == '@' ? TokenKind.Handle : TokenKind.Hashtag, ShapeOf(text.AsSpan(i + 1, tokenEnd - i - 1))));
                    i = tokenEnd;
                    continue;
                }
            }

            if (char.IsLetterOrDigit(c))
            {
                i = ScanWord(text, i, end, output);
                continue;
            }

            // Decade abbreviations keep their apostrophe: "the '90s".
            if (Apostrophes.Contains(c) && i + 3 < end && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && text[i + 3] == 's'
                && (i + 4 >= end || !char.IsLetterOrDigit(text[i + 4])) && wordStart)
            {
                output.Add(new Token(i, i + 4, TokenKind.Number, TokenShape.Alphanumeric));
                i += 4;
                continue;
            }

            tokenEnd = ScanEllipsis(text, i, end);
            if (tokenEnd > i)
            {
                output.Add(new Token(i, tokenEnd, TokenKind.Punctuation, TokenShape.Punctuation));
                i = tokenEnd;
                continue;
            }

            if (c == '-' && i + 1 < end && text[i + 1] == '-')
            {
                var j = i + 2;
                while (j < end && text[j] == '-')
                {
                    j++;
                }

                output.Add(new Token(i, j, TokenKind.Punctuation, TokenShape.Punctuation));
                i = j;
                continue;
            }

            var len = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            output.Add(new Token(i, i + len, IsSymbol(text, i) ? TokenKind.Symbol : TokenKind.Punctuation, TokenShape.Punctuation));
            i += len;
        }
    }

    /// <summary>Zero-width and direction marks: never part of a token, never a token.</summary>
    internal static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u2060'
            or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u00AD' or '\0';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Currency, maths and other symbols, and "%": UD tags them SYM, not PUNCT.</summary>
    private static bool IsSymbol(string text, int i)
    {
        var c = text[i];
        if (c is '%' or '\u2030' or '&' or '+' or '=' or '<' or '>' or '|' or '~' or '^' or '`')
        {
            return true;
        }

        return CharUnicodeInfo.GetUnicodeCategory(text, i) is UnicodeCategory.CurrencySymbol or UnicodeCategory.MathSymbol
            or UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol;
    }

    /// <summary>"...", "....", ". . ." and the single character "…" are one token.</summary>
    private static int ScanEllipsis(string text, int i, int end)
    {
        if (text[i] == '\u2026')
        {
            return i + 1;
        }

        if (text[i] != '.')
        {
            return i;
        }

        if (i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
        {
            var j = i + 3;
            while (j < end && text[j] == '.')
            {
                j++;
            }

            return j;
        }

        if (i + 4 < end && text[i + 1] == ' ' && text[i + 2] == '.' && text[i + 3] == ' ' && text[i + 4] == '.')
        {
            return i + 5;
        }

        return i;
    }

    private static int ScanTag(string text, int i, int end)
    {
        var j = i + 1;
        var letters = false;
        while (j < end && IsWordChar(text[j]))
        {
            letters |= char.IsLetter(text[j]);
            j++;
        }

        // "#1" is a rank, not a hashtag; "@" alone is a symbol.
        return letters ? j : i;
    }

    private static int ScanUrl(string text, int i, int end)
    {
        var rest = text.AsSpan(i, end - i);
        var isUrl = text[i] is 'h' or 'H' or 'w' or 'W'
                    && (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                        || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                        || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
        if (!isUrl && !LooksLikeDomainOrEmail(text, i, end))
        {
            return i;
        }

        var j = i;
        while (j < end && !char.IsWhiteSpace(text[j]) && text[j] is not ('"' or '\u201C' or '\u201D' or '<' or '>' or '\u00BB' or '\u00AB'))
        {
            j++;
        }

        // Trailing sentence punctuation belongs to the sentence, not the URL; a closing bracket
        // only when the URL did not open one ("(see https://x.org/a_(b))").
        while (j > i && (text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019' || (text[j - 1] == ')' && !text.AsSpan(i, j - i).Contains('('))))
        {
            j--;
        }

        return j;
    }

    /// <summary>"afp.com", "bbc.co.uk/news", "press@afp.com": lower-case labels ending in a known domain.</summary>
    private static bool LooksLikeDomainOrEmail(string text, int i, int end)
    {
        if (!char.IsAsciiLetterOrDigit(text[i]))
        {
            return false;
        }

        // Most words end at a space or a comma: only a '.' or '@' right after the label can make an address.
        var stop = text.AsSpan(i, end - i).IndexOfAnyExcept(DomainLabelChars);
        if (stop < 0 || text[i + stop] is not ('.' or '@'))
        {
            return false;
        }

        var j = i;
        var lastDot = -1;
        var at = false;
        while (j < end && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '-' or '_' or '.' or '@' or '+'))
        {
            if (text[j] == '.')
            {
                if (j + 1 >= end || !char.IsAsciiLetterOrDigit(text[j + 1]))
                {
                    break;
                }

                lastDot = j;
            }
            else if (text[j] == '@')
            {
                at = true;
            }

            j++;
        }

        if (lastDot < 0)
        {
            return false;
        }

        var tld = text.AsSpan(lastDot + 1, j - lastDot - 1);
        foreach (var d in Domains)
        {
            if (tld.Equals(d, StringComparison.Ordinal))
            {
                // Capitalised words joined by a stop are a missing space ("Paris.com" is rare; "U.S" is not).
                return at || char.IsLower(text[i]) || char.IsDigit(text[i]);
            }
        }

        return false;
    }

    private static int ScanWord(string text, int start, int end, List<Token> output)
    {
        var i = start;
        var hasLetter = false;
        var hasDigit = false;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                hasLetter |= char.IsLetter(c);
                hasDigit |= char.IsDigit(c);
                i++;
                continue;
            }

            var next = i + 1 < end ? text[i + 1] : '\0';

            // Decimal, thousands, time and date separators inside numbers: 3.5, 1,500, 12:30, 15/09/2023.
            if ((c is '.' or ',' or ':' or '/') && hasDigit && !hasLetter && char.IsDigit(text[i - 1]) && char.IsDigit(next))
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

            if (Apostrophes.Contains(c))
            {
                // "n't" is its own token (UD): don't -> do + n't, can't -> ca + n't.
                if (IsNegation(text, start, i, end))
                {
                    if (i - 1 > start)
                    {
                        output.Add(MakeWord(text, start, i - 1));
                    }

                    output.Add(new Token(i - 1, i + 2, TokenKind.Word, ShapeOf(text.AsSpan(i - 1, 3))));
                    return i + 2;
                }

                // Apostrophes inside names (O'Brien, Côte d'Ivoire, o'clock), but not clitics.
                if (char.IsLetter(next) && char.IsLetter(text[i - 1]) && !IsClitic(text, i, end))
                {
                    i++;
                    continue;
                }
            }

            // Acronyms and dotted abbreviations: U.S., a.m., J.R.R., D.C.
            if (c == '.' && i - start == 1 && char.IsLetter(text[start]) && char.IsLetter(next) && i + 2 < end && text[i + 2] == '.')
            {
                i = ScanDotted(text, start, end);
                break;
            }

            break;
        }

        output.Add(MakeWord(text, start, i));

        // Clitics: 's, 're, 'll, 've, 'd, 'm; a bare trailing apostrophe after a plural in s ("ministers'").
        if (i < end && IsClitic(text, i, end))
        {
            var j = i + 1;
            while (j < end && char.IsLetter(text[j]))
            {
                j++;
            }

            output.Add(new Token(i, j, TokenKind.Word, ShapeOf(text.AsSpan(i, j - i))));
            return j;
        }

        return i;
    }

    /// <summary>The apostrophe is the one of a final "n't" (don't, can't, isn't) after at least one more letter.</summary>
    private static bool IsNegation(string text, int start, int apostrophe, int end) =>
        apostrophe - 1 > start
        && text[apostrophe - 1] is 'n' or 'N'
        && apostrophe + 1 < end && text[apostrophe + 1] is 't' or 'T'
        && (apostrophe + 2 >= end || !char.IsLetter(text[apostrophe + 2]));

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

        // Anything that starts with a digit counts as a number: "1,500", "122mm", "3.5bn", "1990s", "21st".
        return new Token(start, end, char.IsDigit(span[0]) ? TokenKind.Number : TokenKind.Word, ShapeOf(span));
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

        return char.IsUpper(FirstLetter(span)) && IsTitleCase(span) ? TokenShape.Capitalised : TokenShape.Mixed;
    }

    private static char FirstLetter(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetter(c))
            {
                return c;
            }
        }

        return '\0';
    }

    private static bool IsTitleCase(ReadOnlySpan<char> span)
    {
        // "Komsomolsk-on-Amur", "O'Brien" and "Jean-Luc" count as capitalised; "iPhone" and "McDonald" do not.
        var seenLetter = false;
        for (var k = 0; k < span.Length; k++)
        {
            if (!char.IsLetter(span[k]))
            {
                continue;
            }

            if (seenLetter && char.IsUpper(span[k]) && !(span[k - 1] is '-' or '\'' or '\u2019' or '.' or '\u2011'))
            {
                return false;
            }

            seenLetter = true;
        }

        return true;
    }
}
