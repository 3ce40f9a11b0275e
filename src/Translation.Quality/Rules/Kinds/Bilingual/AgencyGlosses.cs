using Translation.Quality.Documents;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// The glosses a wire translation adds for readers abroad and its source never needed: an apposition
/// after a name ("the Council of State, France's highest administrative court, ruled"; not a relative or
/// participle clause, which says something) and a short bracket ("the CNES (the French space agency)"). The addition rule leaves their content words out of a
/// sentence's count, as the phrase check leaves them unflagged.
/// </summary>
internal static class AgencyGlosses
{
    private const int MaxWords = 8;

    private static readonly HashSet<string> RelativeStarts = new(StringComparer.OrdinalIgnoreCase) { "who", "which", "where", "when", "whose", "that", "whom" };

    /// <summary>Content words inside such glosses in <paramref name="range"/>.</summary>
    public static int ContentWords(string text, TextSpan range, string language)
    {
        var count = 0;
        foreach (var gloss in Spans(text, range))
        {
            count += ContentRatio.Count(text, gloss, language);
        }

        return count;
    }

    /// <summary>Whether the span lies inside such a gloss of its sentence; with <paramref name="bracketsOnly"/>, a bracket.</summary>
    public static bool Covers(string text, TextSpan sentence, TextSpan span, bool bracketsOnly)
    {
        foreach (var gloss in Spans(text, sentence))
        {
            if (gloss.Start <= span.Start && span.End <= gloss.End && (!bracketsOnly || text[gloss.Start - 1] == '('))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The glosses in <paramref name="range"/>, inside their brackets or commas.</summary>
    private static IEnumerable<TextSpan> Spans(string text, TextSpan range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (text[i] == '(' && Close(text, i + 1, range.End, ')') is var close and > 0 && Words(text, i + 1, close) <= MaxWords / 2)
            {
                yield return new TextSpan(i + 1, close);
                i = close;
            }
            else if (text[i] == ',' && AfterName(text, range.Start, i) && Close(text, i + 1, range.End, ',') is var end and > 0
                     && Words(text, i + 1, end) <= MaxWords && !StartsAClause(text, i + 1, end))
            {
                yield return new TextSpan(i + 1, end);
                i = end;
            }
        }
    }

    /// <summary>The closing mark before the end of the sentence and before any other break, or -1.</summary>
    private static int Close(string text, int from, int end, char mark)
    {
        for (var j = from; j < end; j++)
        {
            if (text[j] == mark)
            {
                return j;
            }

            if (text[j] is '.' or ';' or ':' or '(' or ')' or ',' or '"' or '\u201C' or '\u201D')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The word before the comma is capitalised and not the sentence's first: a name.</summary>
    private static bool AfterName(string text, int start, int comma)
    {
        var k = comma - 1;
        while (k >= start && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        var w = k;
        while (w > start && (char.IsLetter(text[w - 1]) || text[w - 1] is '-' or '\''))
        {
            w--;
        }

        return k >= start && char.IsLetter(text[k]) && char.IsUpper(text[w]) && w > start;
    }

    private static bool StartsAClause(string text, int from, int end)
    {
        var s = from;
        while (s < end && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        var e = s;
        while (e < end && char.IsLetter(text[e]))
        {
            e++;
        }

        // A relative or participle clause ("who fled", "created by a start-up") says something; an apposition names.
        var first = text[s..e];
        return RelativeStarts.Contains(first) || first.EndsWith("ed", StringComparison.Ordinal) || first.EndsWith("ing", StringComparison.Ordinal);
    }

    private static int Words(string text, int from, int end)
    {
        var words = 0;
        var inWord = false;
        for (var j = from; j < end; j++)
        {
            var letter = char.IsLetterOrDigit(text[j]);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }
}
