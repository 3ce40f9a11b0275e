namespace Translation.Quality.Rules.Kinds;

/// <summary>Where a sentence quotes someone: rules about reported speech leave a speaker's own words alone.</summary>
internal static class DirectSpeech
{
    /// <summary>Whether <paramref name="offset"/> is inside a quotation opened earlier in its sentence (curly, guillemet or straight quotes).</summary>
    public static bool IsInsideQuote(string text, int sentenceStart, int offset)
    {
        var open = false;
        var straight = false;
        for (var k = sentenceStart; k < offset; k++)
        {
            switch (text[k])
            {
                case '“' or '«':
                    open = true;
                    break;
                case '”' or '»':
                    open = false;
                    break;
                case '"':
                    straight = !straight;
                    break;
            }
        }

        return open || straight;
    }
}
