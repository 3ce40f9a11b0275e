namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// A light English stemmer for matching words across two translations: "touched"/"touches"/"touch",
/// "farmers"/"farmer", "evacuated"/"evacuate". It only ever has to make two spellings of one word
/// meet, never to produce a dictionary form.
/// </summary>
internal static class EnglishStem
{
    public static string Of(string key)
    {
        var s = key;
        if (s.Length > 4 && s.EndsWith("ies", StringComparison.Ordinal))
        {
            s = s[..^3] + "y";
        }
        else if (s.Length > 3 && s.EndsWith('s') && !s.EndsWith("ss", StringComparison.Ordinal) && !s.EndsWith("us", StringComparison.Ordinal) && !s.EndsWith("is", StringComparison.Ordinal))
        {
            s = s[..^1];
        }

        if (s.Length > 5 && s.EndsWith("ing", StringComparison.Ordinal))
        {
            s = s[..^3];
        }
        else if (s.Length > 4 && s.EndsWith("ed", StringComparison.Ordinal))
        {
            s = s[..^2];
        }
        else if (s.Length > 4 && s.EndsWith("ly", StringComparison.Ordinal))
        {
            s = s[..^2];
        }

        if (s.Length > 3 && s.EndsWith('e'))
        {
            s = s[..^1];
        }

        // "stopped"/"stop", "planned"/"plan".
        if (s.Length > 3 && s[^1] == s[^2] && !"aeiouls".Contains(s[^1], StringComparison.Ordinal))
        {
            s = s[..^1];
        }

        return s;
    }
}
