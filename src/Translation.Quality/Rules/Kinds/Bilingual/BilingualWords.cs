using Translation.Quality.Alignment;
using Translation.Quality.Documents;
using Translation.Quality.Language;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>Words of either side, as the bilingual kinds compare them: folded case and accents, exact offsets.</summary>
internal static class BilingualWords
{
    /// <summary>Words (letters and digits, with inner apostrophes and hyphens) in text[start, end).</summary>
    public static List<TextSpan> Words(string text, int start, int end)
    {
        var result = new List<TextSpan>();
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '\u2019' or '-' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && i > s)))
            {
                i++;
            }

            result.Add(new TextSpan(s, i));
        }

        return result;
    }

    /// <summary>The share of the target range's words (four at least) that the source range has too, accents and case aside.</summary>
    public static double Shared(string target, TextSpan t, string source, TextSpan s)
    {
        var words = Words(target, t.Start, t.End);
        if (words.Count < 4)
        {
            return 0;
        }

        var inSource = new HashSet<string>(Words(source, s.Start, s.End).Select(w => Fold(source.AsSpan(w.Start, w.Length))), StringComparer.Ordinal);
        return (double)words.Count(w => inSource.Contains(Fold(target.AsSpan(w.Start, w.Length)))) / words.Count;
    }

    /// <summary>A word without its French or Italian elision: "l'OTAN" → "OTAN", "d'Allemagne" → "Allemagne".</summary>
    public static string WithoutElision(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '\u2019']);
        return apostrophe is 1 or 2 && apostrophe < word.Length - 1 ? word[(apostrophe + 1)..] : word;
    }

    /// <summary>Lower case without accents: "Élysée" → "elysee", "Müller" → "muller", "ß" → "ss".</summary>
    public static string Fold(ReadOnlySpan<char> word) => TextFold.Fold(word);

    /// <summary>Whether a word carries content (not a function word of its language, not a lone letter or number).</summary>
    public static bool IsContent(ReadOnlySpan<char> word, string language)
    {
        if (word.Length < 2 || !char.IsLetter(word[0]))
        {
            return false;
        }

        // French and Italian elisions: "l'accord" is "accord".
        var apostrophe = word.IndexOfAny('\'', '\u2019');
        if (apostrophe is 1 or 2 && apostrophe < word.Length - 1)
        {
            word = word[(apostrophe + 1)..];
        }

        // The language cues count some content words as function words ("week", "told"): they are content here.
        var folded = Fold(word);
        if (language == "en" && EnglishContent.Contains(folded))
        {
            return true;
        }

        FunctionWords.TryGet(language, out var set);
        return !set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !Extra(language).Contains(folded);
    }

    /// <summary>Closed-class words the language cues leave out (they need not tell languages apart).</summary>
    private static HashSet<string> Extra(string language) => language switch
    {
        "en" => EnglishExtra,
        "fr" => FrenchExtra,
        "es" => SpanishExtra,
        "de" => GermanExtra,
        _ => [],
    };

    /// <summary>English words the language cues list that carry content like their source counterparts ("semaine", "a déclaré").</summary>
    private static readonly HashSet<string> EnglishContent = new(StringComparer.Ordinal)
    {
        "week", "year", "years", "people", "percent", "new", "last",
    };

    // Discourse adverbs and connectives that idiomatic translation drops or adds ("pourtant", "ensuite", "however") are no content either.
    private static readonly HashSet<string> EnglishExtra = new(StringComparer.Ordinal)
    {
        "however", "meanwhile", "moreover", "furthermore", "thus", "therefore", "indeed", "already", "though", "although", "instead", "later", "since",
        "an", "upon", "onto", "per", "via", "among", "amid", "whether", "also", "even", "yet", "too", "here", "there", "now", "then",
        "own", "same", "another", "every", "either", "neither", "nor", "none", "nothing", "one", "ones", "which", "whose", "whom", "shall",
        "am", "being", "having", "get", "got", "made", "make", "way", "well", "back", "around", "across", "along", "toward", "towards",
        "mr", "mrs", "ms", "its", "it's", "they're", "he's", "she's", "i'm", "we're", "that's", "there's", "don't", "didn't", "won't",
    };

    private static readonly HashSet<string> FrenchExtra = new(StringComparer.Ordinal)
    {
        "pourtant", "ensuite", "toutefois", "cependant", "desormais", "notamment", "egalement", "neanmoins", "d'ailleurs", "ailleurs", "enfin",
        "d'abord", "abord", "effet", "outre", "personne", "seulement", "part", "quant", "tandis", "lorsque", "puisque", "afin", "environ", "pres",
        "d'un", "d'une", "qu'il", "qu'elle", "qu'ils", "c'est", "n'est", "s'est", "l'a", "y", "aupres", "parmi", "dont", "lequel", "laquelle",
        "lesquels", "auxquels", "duquel", "celui", "celle", "ceux", "celles", "chaque", "plusieurs", "quelque", "quelques", "autre", "autres",
        "aucun", "aucune", "rien", "jamais", "toujours", "ici", "la-bas", "ont", "avoir", "etre", "etait", "ete", "fait", "faire", "m", "mme",
    };

    private static readonly HashSet<string> SpanishExtra = new(StringComparer.Ordinal)
    {
        "embargo", "ademas", "tambien", "entonces", "todavia", "aun", "luego", "asimismo", "mientras", "ahora", "incluso", "solo", "apenas",
        "unos", "unas", "cerca", "mas", "menos", "tanto", "cambio", "este", "esta",
        "e", "o", "u", "ni", "sino", "cuyo", "cuya", "cuyos", "cuyas", "aquel", "aquella", "cada", "varios", "varias", "algun", "alguno",
        "alguna", "algunos", "algunas", "ningun", "ninguno", "ninguna", "nada", "nadie", "nunca", "siempre", "aqui", "alli", "ahi", "han",
        "haber", "hecho", "hacer", "sr", "sra", "estan", "estaba", "estaban", "habian", "sera", "seran", "podria", "debe", "puede",
    };

    private static readonly HashSet<string> GermanExtra = new(StringComparer.Ordinal)
    {
        "jedoch", "allerdings", "zudem", "außerdem", "ausserdem", "bereits", "schon", "noch", "dann", "damit", "nun", "etwa", "rund", "insgesamt",
        "zunachst", "niemand", "niemanden", "niemandem", "dabei", "daher", "deshalb", "inzwischen", "mittlerweile", "zuvor", "zuletzt", "erst", "eigenen", "eigene",
        "einen", "einem", "eines", "jede", "jeder", "jedes", "jeden", "alle", "allen", "aller", "alles", "viele", "vielen", "einige",
        "einigen", "mehrere", "andere", "anderen", "keinen", "keinem", "keiner", "nichts", "nie", "niemals", "immer", "wieder", "dass",
        "seit", "bis", "wahrend", "wegen", "trotz", "statt", "habe", "hatte", "sei", "waren", "ware", "wurde", "worden", "sagte", "hr", "fr",
        "sei", "seien", "seinem", "ihrem", "ihres", "ihnen", "ihm", "ihn", "uns", "euch", "dies", "darauf", "daran", "davon", "dafur",
    };
}
