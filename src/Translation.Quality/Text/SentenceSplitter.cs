using System.Collections.Frozen;

namespace Translation.Quality.Text;

/// <summary>
/// Splits wire copy into sentences over its tokens, keeping exact offsets. It never repairs text:
/// a stray "Russia." after a full stop stays its own sentence so that rules can flag it.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Abbreviations after which a full stop does not end a sentence (compared without the dot).</summary>
    private static readonly FrozenSet<string> NonTerminalAbbreviations = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt",
        "Gov", "Sen", "Rep", "Rev", "Hon", "St", "Mt", "Ft", "No", "Nos", "Vol", "vs", "v", "etc", "cf", "Fig",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "approx", "est", "Ave", "Blvd", "Rd",
        "Jr", "Sr", "Mme", "Mlle", "Messrs", "Pres", "Supt", "Det", "Insp", "Brig", "Gens",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static Sentence[] Split(string text, Token[] tokens)
    {
        var sentences = new List<Sentence>(tokens.Length / 20 + 1);
        var first = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (i + 1 < tokens.Length && HasLineBreakBetween(text, tokens[i].End, tokens[i + 1].Start))
            {
                Add(sentences, tokens, first, i + 1);
                first = i + 1;
                continue;
            }

            if (!IsTerminal(text, tokens, i))
            {
                continue;
            }

            // Closing quotes and brackets after the terminal stay with this sentence.
            var last = i;
            while (last + 1 < tokens.Length && IsCloser(text[tokens[last + 1].Start]) && tokens[last + 1].Start == tokens[last].End)
            {
                last++;
            }

            if (last + 1 >= tokens.Length)
            {
                i = last;
                continue;
            }

            var next = tokens[last + 1];
            if (next.Start == tokens[last].End && !char.IsWhiteSpace(text[next.Start]))
            {
                // "3.5", "U.S.-led": no space after the stop, no boundary.
                continue;
            }

            if (!StartsSentence(text, tokens, last + 1))
            {
                continue;
            }

            Add(sentences, tokens, first, last + 1);
            first = last + 1;
            i = last;
        }

        if (first < tokens.Length)
        {
            Add(sentences, tokens, first, tokens.Length);
        }

        return [.. sentences];
    }

    private static void Add(List<Sentence> sentences, Token[] tokens, int first, int endToken)
    {
        if (endToken <= first)
        {
            return;
        }

        sentences.Add(new Sentence(tokens[first].Start, tokens[endToken - 1].End, first, endToken - first));
    }

    private static bool HasLineBreakBetween(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] is '\n' or '\r' or '\u2028' or '\u2029')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTerminal(string text, Token[] tokens, int i)
    {
        var token = tokens[i];
        var c = text[token.Start];
        if (token.Kind == TokenKind.Punctuation)
        {
            if (c is '!' or '?' or '\u2026' || (c == '.' && token.Length >= 3))
            {
                return true;
            }

            if (c != '.')
            {
                return false;
            }

            if (i == 0)
            {
                return false;
            }

            var prev = tokens[i - 1];
            if (prev.End != token.Start || prev.Kind != TokenKind.Word)
            {
                return true;
            }

            var word = text.AsSpan(prev.Start, prev.Length);
            var lookup = NonTerminalAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.Contains(word))
            {
                return false;
            }

            // Initials: "J. R. R. Tolkien", "Kim J. Un".
            if (word.Length == 1 && char.IsUpper(word[0]))
            {
                return false;
            }

            return true;
        }

        // Dotted abbreviations as one token ("U.S.", "p.m.") end a sentence only before a clear start.
        return token.Kind == TokenKind.Word && text[token.End - 1] == '.';
    }

    private static bool StartsSentence(string text, Token[] tokens, int index)
    {
        var token = tokens[index];
        var c = text[token.Start];
        if (char.IsUpper(c) || char.IsDigit(c))
        {
            // After "U.S." or "p.m." a capital can be a name: "the U.S. Senate". Only a following
            // function word at sentence start makes the split likely; keep it simple and require a
            // terminal punctuation token for those cases.
            var prevTerminal = tokens[index - 1];
            var prevIsDottedWord = prevTerminal.Kind == TokenKind.Word;
            if (prevIsDottedWord)
            {
                return IsSentenceStarterWord(text.AsSpan(token.Start, token.Length));
            }

            return true;
        }

        return IsOpener(c) || c is '-' or '\u2013' or '\u2014' or '\u2022' or '*';
    }

    private static bool IsSentenceStarterWord(ReadOnlySpan<char> word) =>
        word is "The" or "A" or "An" or "It" or "He" or "She" or "They" or "We" or "I" or "In" or "On" or "But"
            or "This" or "That" or "There" or "His" or "Her" or "Its" or "Their" or "After" or "According";

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB' or '}';

    private static bool IsOpener(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\u00AB';
}
