using System.Collections.Frozen;
using Translation.Quality.Documents;

namespace Translation.Quality.Alignment;

/// <summary>
/// Splits a French, Spanish or German source text into sentences, with offsets into it. A full stop
/// ends a sentence only before a capital, a digit or an opening quote, and never after the
/// language's abbreviations ("M.", "Sra.", "z. B.", "Nr."), an initial, a German ordinal
/// ("am 3. Oktober") or inside a number ("3,7", "14.000"). Closing guillemets and quotes stay with the
/// sentence they close (« Nous partons. »). A line break always ends a sentence.
/// </summary>
public static class SourceSentenceSplitter
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> Abbreviations = new Dictionary<string, FrozenSet<string>>(StringComparer.OrdinalIgnoreCase)
    {
        ["fr"] = Set("M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "av", "bd", "boul", "cf", "env",
            "ex", "etc", "p", "pp", "art", "al", "chap", "coll", "éd", "vol", "n", "no", "nº", "tél", "min", "max", "hab", "apr", "av. J.-C",
            "J.-C", "Jr", "Gal", "Gén", "Cdt", "Col", "Lt", "Cne", "Sgt", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "S.A", "Cie"),
        ["es"] = Set("Sr", "Sra", "Sres", "Srta", "Dr", "Dra", "Ud", "Uds", "Vd", "Vds", "D", "Dña", "Lic", "Ing", "Arq", "Prof", "Gral",
            "Cnel", "Tte", "Cap", "Sgto", "etc", "pág", "págs", "núm", "nº", "art", "arts", "av", "avda", "Avda", "c", "aprox", "p", "pp",
            "ej", "vol", "tel", "tlf", "admón", "dcha", "izq", "izqda", "ene", "feb", "mar", "abr", "jun", "jul", "ago", "sep", "sept",
            "oct", "nov", "dic", "S.A", "EE.UU", "EEUU", "CC.OO", "FF.AA", "a.C", "d.C", "Cía", "Excmo", "Excma", "Ilmo", "Ilma", "Mons", "Sto", "Sta"),
        ["de"] = Set("Dr", "Prof", "Nr", "Nrn", "St", "Str", "bzw", "ca", "usw", "etc", "vgl", "ggf", "evtl", "inkl", "exkl", "zzgl",
            "Mio", "Mrd", "Tsd", "Abs", "Art", "Bd", "Hrsg", "Jh", "Jhd", "Kap", "Tel", "geb", "gest", "verh", "bspw", "sog", "z.B", "z. B",
            "u.a", "u. a", "d.h", "d. h", "v.a", "v. a", "o.ä", "u.U", "z.T", "z. T", "s.o", "s.u", "i.d.R", "m.E", "Hr", "Fr", "Frl",
            "Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez", "Min", "Std", "Mo", "Di", "Mi", "Do", "Sa", "So", "Co"),
        ["en"] = Set("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Jr", "Sr", "Inc",
            "Corp", "Ltd", "Co", "No", "Nos", "vs", "etc", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "U.S", "U.N", "U.K", "a.m", "p.m"),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>German words that open a sentence even though a number and a full stop come before them.</summary>
    private static readonly FrozenSet<string> GermanStarters = Set(
        "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Es", "Er", "Sie", "Wir", "Ich", "Ihr", "Im", "In", "Am", "An", "Auf",
        "Auch", "Aber", "Doch", "Dies", "Diese", "Dieser", "Dabei", "Damit", "Danach", "Dann", "Daher", "Zudem", "Nach", "Bei", "Mit",
        "Laut", "Seit", "Nun", "So", "Wie", "Was", "Wer", "Wo", "Als", "Wenn", "Weil", "Zuvor", "Zuletzt", "Insgesamt", "Unter", "Von");

    private static readonly FrozenSet<string> GermanMonths = Set(
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember");

    /// <summary>Sentence spans of <paramref name="text"/>[start, end), trimmed, empty ones left out.</summary>
    public static List<TextSpan> Split(string text, string language, int start = 0, int end = -1)
    {
        end = end < 0 ? text.Length : end;
        var abbreviations = Abbreviations.GetValueOrDefault(language) ?? Abbreviations["en"];
        var german = string.Equals(language, "de", StringComparison.OrdinalIgnoreCase);
        var result = new List<TextSpan>();
        var from = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(result, text, from, i);
                from = i + 1;
                i++;
                continue;
            }

            if (c is not ('.' or '!' or '?' or '…'))
            {
                i++;
                continue;
            }

            // The whole run of marks, then closing quotes and brackets (with French spacing before them).
            var stop = i;
            var j = i + 1;
            while (j < end && text[j] is '.' or '!' or '?' or '…')
            {
                j++;
            }

            j = SkipClosers(text, j, end);
            var next = SkipSpaces(text, j, end);
            if (j == stop + 1 && next == j && next < end)
            {
                // No space after the mark: "3.7", "z.B.", "www.afp.com".
                i = j;
                continue;
            }

            if (next < end && !OpensSentence(text, next, end))
            {
                i = j;
                continue;
            }

            if (text[stop] == '.' && j == stop + 1 && next < end && !EndsAfter(text, from, stop, next, end, abbreviations, german))
            {
                i = j;
                continue;
            }

            Add(result, text, from, j);
            from = j;
            i = j;
        }

        Add(result, text, from, end);
        return result;
    }

    /// <summary>Whether the full stop at <paramref name="stop"/> ends the sentence, judged by the word before it.</summary>
    private static bool EndsAfter(string text, int from, int stop, int next, int end, FrozenSet<string> abbreviations, bool german)
    {
        var w = stop;
        while (w > from && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] is not ('(' or '«' or '"' or '“' or '„' or '\''))
        {
            w--;
        }

        var word = text[w..stop];
        if (word.Length == 0)
        {
            return true;
        }

        if (abbreviations.Contains(word) || abbreviations.Contains(word.TrimStart('(')))
        {
            return false;
        }

        // "z. B.", "u. a.": the abbreviation spans a space.
        if (w >= 3 && text[w - 1] == ' ' && text[w - 2] == '.')
        {
            var p = w - 2;
            while (p > from && char.IsLetter(text[p - 1]))
            {
                p--;
            }

            if (abbreviations.Contains(text[p..stop]))
            {
                return false;
            }
        }

        // An initial ("J. Dupont"), the first letter of "z. B." or "u. a.", or a dotted acronym ("EE.UU.", "U.S.").
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return false;
        }

        if (word.Contains('.', StringComparison.Ordinal) && word.All(ch => char.IsLetter(ch) || ch == '.') && !IsCapitalisedWord(text, next, end))
        {
            return false;
        }

        // German ordinals: "am 3. Oktober", "der 2. Weltkrieg"; a number ends a sentence only before a typical opener.
        if (german && word.Length <= 3 && word.All(char.IsAsciiDigit))
        {
            var nextWord = WordAt(text, next, end);
            return GermanStarters.Contains(nextWord) && !GermanMonths.Contains(nextWord);
        }

        return true;
    }

    private static bool IsCapitalisedWord(string text, int at, int end) =>
        at < end && char.IsUpper(text[at]) && at + 1 < end && char.IsLower(text[at + 1]);

    private static string WordAt(string text, int at, int end)
    {
        var e = at;
        while (e < end && char.IsLetter(text[e]))
        {
            e++;
        }

        return text[at..e];
    }

    private static bool OpensSentence(string text, int at, int end)
    {
        var c = text[at];
        return char.IsUpper(c) || char.IsDigit(c) || c is '«' or '"' or '“' or '„' or '¿' or '¡' or '(' or '[' or '—' or '–' or '-' or '\'' or '‘' or '‚';
    }

    private static int SkipClosers(string text, int j, int end)
    {
        while (j < end)
        {
            var k = j;
            while (k < end && text[k] is ' ' or '\u00A0' or '\u202F')
            {
                k++;
            }

            // Straight quotes and “ after a space open the next sentence instead.
            if (k < end && (text[k] is '»' or '”' or ')' or ']' or '’' || (k == j && text[k] is '"' or '\'' or '“')))
            {
                j = k + 1;
                continue;
            }

            break;
        }

        return j;
    }

    private static int SkipSpaces(string text, int j, int end)
    {
        while (j < end && text[j] is ' ' or '\t' or '\u00A0' or '\u202F')
        {
            j++;
        }

        return j;
    }

    private static void Add(List<TextSpan> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new TextSpan(start, end));
        }
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
