using System.Text;

namespace Translation.Quality.Alignment;

/// <summary>Case and accents folded away, the way source and target words are compared.</summary>
public static class TextFold
{
    /// <summary>Lower case without accents: "Élysée" → "elysee", "Müller" → "muller", "ß" → "ss".</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var l = char.ToLowerInvariant(c);
            sb.Append(l switch
            {
                'à' or 'á' or 'â' or 'ä' or 'ã' or 'å' => "a",
                'ç' or 'ć' or 'č' => "c",
                'è' or 'é' or 'ê' or 'ë' or 'ě' => "e",
                'ì' or 'í' or 'î' or 'ï' => "i",
                'ñ' or 'ń' or 'ň' => "n",
                'ò' or 'ó' or 'ô' or 'ö' or 'õ' or 'ø' => "o",
                'ù' or 'ú' or 'û' or 'ü' or 'ů' => "u",
                'ý' or 'ÿ' => "y",
                'š' or 'ś' => "s",
                'ž' or 'ź' or 'ż' => "z",
                'ł' => "l",
                'ř' => "r",
                'ß' => "ss",
                'œ' => "oe",
                'æ' => "ae",
                '\u2019' => "'",
                _ => l.ToString(),
            });
        }

        return sb.ToString();
    }
}
