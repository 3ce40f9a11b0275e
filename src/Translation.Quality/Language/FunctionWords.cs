using System.Collections.Frozen;

namespace Translation.Quality.Language;

/// <summary>
/// Closed-class words per language: the cheap cues that tell English from French, Spanish and
/// German before any statistical model runs. Words compare case-insensitively.
/// </summary>
internal static class FunctionWords
{
    /// <summary>English words that are not also function words of French, Spanish or German.</summary>
    public static readonly FrozenSet<string> EnglishOnly = Set(
        "the", "of", "and", "to", "that", "for", "with", "said", "from", "by", "his", "their", "has", "have", "had", "it", "its",
        "this", "which", "would", "were", "been", "are", "be", "is", "who", "whom", "whose", "after", "they", "she", "but", "at",
        "or", "not", "than", "there", "what", "when", "more", "about", "into", "over", "could", "should", "we", "our", "you",
        "if", "because", "while", "against", "between", "during", "under", "since", "told", "says", "her", "him", "them",
        "these", "those", "other", "some", "any", "all", "being", "did", "does", "do", "how", "where", "why", "your", "my",
        "us", "such", "only", "very", "just", "up", "out", "new", "two", "last", "first", "before", "until", "without",
        "through", "within", "then", "each", "both", "most", "many", "much", "may", "might", "must", "can", "according",
        "again", "off", "down", "still", "people", "year", "years", "week", "percent", "i");

    /// <summary>English function words shared with a source language ("a", "on", "in", "was", "will", "no").</summary>
    private static readonly FrozenSet<string> EnglishShared = Set("a", "an", "on", "in", "so", "was", "will", "he", "me", "no", "man", "war", "die", "hat", "son", "also", "as");

    public static readonly FrozenSet<string> French = Set(
        "le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "sont", "été", "être", "a", "ont", "avait", "avaient",
        "était", "étaient", "qui", "que", "dont", "où", "dans", "pour", "par", "sur", "avec", "sans", "sous", "entre", "vers",
        "chez", "au", "aux", "ce", "cette", "ces", "cet", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos",
        "mon", "ma", "mes", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "se", "ne", "pas", "plus", "mais", "ou",
        "donc", "car", "ni", "si", "très", "aussi", "comme", "tout", "tous", "toute", "toutes", "déjà", "encore", "selon",
        "lors", "après", "avant", "depuis", "pendant", "contre", "même", "lui", "eux", "cela", "ça", "quand", "comment",
        "pourquoi", "fait", "peut", "doit", "va", "sera", "seront", "aurait", "serait", "ainsi", "alors", "puis", "dit", "en");

    public static readonly FrozenSet<string> Spanish = Set(
        "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "de", "del", "al", "y", "que", "en", "por", "para", "con",
        "sin", "sobre", "entre", "hasta", "desde", "según", "se", "su", "sus", "es", "son", "fue", "fueron", "era", "está",
        "están", "ha", "han", "había", "ser", "estar", "no", "sí", "más", "pero", "como", "muy", "también", "este", "esta",
        "estos", "estas", "ese", "esa", "eso", "esto", "le", "les", "nos", "mi", "mis", "yo", "él", "ella", "ellos", "ellas",
        "cuando", "donde", "porque", "aunque", "ya", "todo", "todos", "toda", "todas", "otro", "otra", "otros", "dijo", "tras",
        "ante", "mientras", "cual", "quien", "quienes", "hay", "será", "sido", "tiene", "tienen", "a");

    public static readonly FrozenSet<string> German = Set(
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder", "aber",
        "ist", "sind", "war", "waren", "wurde", "wurden", "werden", "wird", "hat", "haben", "hatte", "hatten", "nicht", "kein",
        "keine", "mit", "von", "zu", "zum", "zur", "auf", "für", "bei", "nach", "aus", "über", "unter", "vor", "durch", "gegen",
        "ohne", "um", "im", "ins", "am", "sich", "auch", "noch", "nur", "schon", "sehr", "wie", "dass", "daß", "wenn", "weil",
        "als", "ob", "es", "er", "sie", "wir", "ihr", "ich", "du", "man", "sein", "seine", "seiner", "seinen", "ihre", "ihren",
        "diese", "dieser", "dieses", "jetzt", "heute", "bereits", "sagte", "laut", "sowie", "soll", "sollen", "kann", "können",
        "muss", "müssen", "habe", "worden", "hier", "dort", "damit", "dabei", "denn", "doch", "so", "was", "will", "in", "an", "also");

    /// <summary>English's full list: its own words and those it shares.</summary>
    public static readonly FrozenSet<string> English = Set([.. EnglishOnly, .. EnglishShared]);

    /// <summary>
    /// Loanwords and names English copy uses as they are: never an untranslated clause.
    /// Compared as whole word sequences, case-insensitively.
    /// </summary>
    public static readonly string[][] LoanPhrases =
    [
        .. new[]
        {
            "coup d'état", "coup d’état", "coup d'etat", "de facto", "de jure", "fait accompli", "déjà vu", "raison d'être",
            "raison d’être", "joie de vivre", "vis-à-vis", "laissez-faire", "tête-à-tête", "bête noire", "cause célèbre",
            "enfant terrible", "esprit de corps", "savoir-faire", "je ne sais quoi", "pièce de résistance", "crème de la crème",
            "hors de combat", "nom de guerre", "par excellence", "à la carte", "en route", "en masse", "en bloc", "c'est la vie",
            "chargé d'affaires", "chargé d’affaires", "agent provocateur", "the ancien régime", "la dolce vita", "mano a mano",
            "persona non grata", "status quo", "ad hoc", "pro bono", "in situ", "modus operandi", "per se", "vice versa",
            "quid pro quo", "bona fide", "sine qua non", "et al", "de novo", "sotto voce", "über alles", "el niño", "la niña",
        }.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
    ];

    /// <summary>The closed-class words of a language, when tqa knows them.</summary>
    public static bool TryGet(string language, out FrozenSet<string> words)
    {
        words = language.ToLowerInvariant() switch
        {
            "en" => English,
            "fr" => French,
            "es" => Spanish,
            "de" => German,
            _ => FrozenSet<string>.Empty,
        };
        return words.Count > 0;
    }

    /// <summary>Letters that mark a word as written in a language (not proof: "Mélenchon" is a name).</summary>
    public static bool HasDiacriticOf(string language, ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            var hit = language switch
            {
                "fr" => lower is 'é' or 'è' or 'ê' or 'à' or 'ç' or 'ù' or 'û' or 'ô' or 'î' or 'ï' or 'œ' or 'â' or 'ë',
                "es" => lower is 'ñ' or 'á' or 'í' or 'ó' or 'ú' or '¿' or '¡',
                "de" => lower is 'ä' or 'ö' or 'ü' or 'ß',
                _ => false,
            };
            if (hit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>French elisions: "qu'il", "l'accord", "d'un", "n'a".</summary>
    public static bool IsFrenchElision(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '\u2019');
        if (apostrophe is < 1 or > 2 || apostrophe == word.Length - 1)
        {
            return false;
        }

        var head = word[..apostrophe];
        return head.Length == 1 ? head[0] is 'l' or 'L' or 'd' or 'D' or 'j' or 'J' or 'n' or 'N' or 's' or 'S' or 'c' or 'C' or 'm' or 'M' or 't' or 'T'
            : head.Equals("qu", StringComparison.OrdinalIgnoreCase);
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The next word at or after <paramref name="i"/> (letters, with apostrophes inside: "l'État"),
    /// moving <paramref name="i"/> past it; empty at the end of the text.
    /// </summary>
    public static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            i++;
        }

        var start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
        {
            i++;
        }

        return text[start..i];
    }
}
