namespace Translation.Quality.Alignment;

/// <summary>Case and accents folded away, the way source and target words are compared.</summary>
public static class TextFold
{
    /// <summary>Lower case without accents: "Élysée" → "elysee", "Müller" → "muller", "ß" → "ss".</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        // Most words are plain lower-case ASCII: no copy to make but the string itself.
        var plain = true;
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return word.ToString();
        }

        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length * 2] : new char[word.Length * 2];
        var n = 0;
        foreach (var c in word)
        {
            var l = char.ToLowerInvariant(c);
            switch (l)
            {
                case 'ß':
                    buffer[n++] = 's';
                    buffer[n++] = 's';
                    break;
                case 'œ':
                    buffer[n++] = 'o';
                    buffer[n++] = 'e';
                    break;
                case 'æ':
                    buffer[n++] = 'a';
                    buffer[n++] = 'e';
                    break;
                default:
                    buffer[n++] = Plain(l);
                    break;
            }
        }

        return new string(buffer[..n]);
    }

    private static char Plain(char l) => l switch
    {
        'à' or 'á' or 'â' or 'ä' or 'ã' or 'å' => 'a',
        'ç' or 'ć' or 'č' => 'c',
        'è' or 'é' or 'ê' or 'ë' or 'ě' => 'e',
        'ì' or 'í' or 'î' or 'ï' => 'i',
        'ñ' or 'ń' or 'ň' => 'n',
        'ò' or 'ó' or 'ô' or 'ö' or 'õ' or 'ø' => 'o',
        'ù' or 'ú' or 'û' or 'ü' or 'ů' => 'u',
        'ý' or 'ÿ' => 'y',
        'š' or 'ś' => 's',
        'ž' or 'ź' or 'ż' => 'z',
        'ł' => 'l',
        'ř' => 'r',
        '\u2019' => '\'',
        _ => l,
    };
}
