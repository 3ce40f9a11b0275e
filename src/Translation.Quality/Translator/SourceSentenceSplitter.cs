using System.Collections.Frozen;

namespace Translation.Quality.Translator;

/// <summary>
/// Splits a French, Spanish or German source text into sentences. The English splitter's rules
/// (its titles, its sentence starters) are wrong for these: "M. Dupont", "Sr. García", "Nr. 5",
/// "am 3. Oktober", "¿Qué…?", « quotes ». A full stop, question or exclamation mark (with any
/// closing quotes or brackets) ends a sentence before white space and a capital, a digit, an
/// opening quote or an inverted mark, unless the word before it is an abbreviation of the language
/// or a single initial, or (German) an ordinal before a month.
/// </summary>
public static class SourceSentenceSplitter
{
    private static readonly FrozenSet<string> Common = new[]
    {
        "Dr", "Dra", "Prof", "St", "Ste", "Mgr", "Me", "Cie", "Jr", "Sr", "Sra", "Srta", "Srs", "Ud", "Uds", "Vd", "Vds", "D", "Dña",
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "av", "bd", "n", "no", "nº", "núm", "pág", "págs", "p", "pp", "art", "cap", "vol", "etc",
        "Nr", "bzw", "ca", "Mio", "Mrd", "Str", "Tel", "vgl", "usw", "Abs", "Jh", "geb", "gest", "evtl", "inkl", "zzgl", "Hr", "Fr",
        "ggf", "sog", "u", "z", "B", "d", "h", "a", "o", "EE", "UU", "Gral", "Excmo", "Excma", "Ilmo", "Lic", "Ing", "Arq",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> GermanMonths = new[]
    {
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The sentences of <paramref name="text"/>, trimmed, as (start, end) offsets.</summary>
    public static List<(int Start, int End)> Split(string text, string language)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                Add(start, i);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '…' or '»' or '"' or '\u201D' or '\u201C' or '\u2019' or ')' or ']' or '\u00BB')
            {
                end++;
            }

            var next = end;
            while (next < text.Length && text[next] is ' ' or '\u00A0' or '\u202F' or '\t')
            {
                next++;
            }

            if (next == end || next >= text.Length || !OpensSentence(text[next]))
            {
                continue;
            }

            if (c == '.' && end == i + 1 && !EndsSentence(text, i, next, language))
            {
                continue;
            }

            Add(start, end);
            start = next;
            i = next - 1;
        }

        Add(start, text.Length);
        return result;

        void Add(int s, int e)
        {
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                result.Add((s, e));
            }
        }
    }

    private static bool OpensSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '«' or '"' or '\u201C' or '\u201E' or '¿' or '¡' or '(' or '–' or '—' or '-' or '\'';

    /// <summary>Whether the full stop at <paramref name="dot"/> ends a sentence, judging by the word before it and the one after.</summary>
    private static bool EndsSentence(string text, int dot, int next, string language)
    {
        var w = dot;
        while (w > 0 && (char.IsLetterOrDigit(text[w - 1]) || text[w - 1] == 'º'))
        {
            w--;
        }

        var word = text[w..dot];
        if (word.Length == 0)
        {
            return true;
        }

        // "J. Dupont", "z.B.", "EE.UU.": initials and abbreviations with inner dots.
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return false;
        }

        if (Common.Contains(word) || (w > 0 && text[w - 1] == '.'))
        {
            return false;
        }

        if (language.StartsWith("de", StringComparison.OrdinalIgnoreCase) && word.Length <= 2 && word.All(char.IsDigit))
        {
            var e = next;
            while (e < text.Length && char.IsLetter(text[e]))
            {
                e++;
            }

            return !GermanMonths.Contains(text[next..e]);
        }

        return true;
    }
}
