namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// The punctuation that bounds a clause or phrase inside a sentence (comma, semicolon, bracket, dash,
/// colon), shared by the phrase-level omission and addition finders so both cut phrases alike.
/// </summary>
internal static class ClauseBreaks
{
    /// <summary>Whether the last non-space character before <paramref name="at"/> (not before <paramref name="start"/>) opens a phrase.</summary>
    public static bool After(string text, int start, int at)
    {
        var j = at - 1;
        while (j >= start && char.IsWhiteSpace(text[j]))
        {
            j--;
        }

        return j >= start && text[j] is ',' or ';' or '(' or '\u2014' or '\u2013';
    }

    /// <summary>The first break in [<paramref name="from"/>, <paramref name="end"/>), or <paramref name="end"/>.</summary>
    public static int Next(string text, int from, int end)
    {
        for (var j = from; j < end; j++)
        {
            if (text[j] is ',' or ';' or '(' or ')' or '\u2014' or '\u2013' or ':')
            {
                return j;
            }
        }

        return end;
    }
}
