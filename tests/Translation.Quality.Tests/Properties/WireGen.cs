using System.Text;
using CsCheck;

namespace Translation.Quality.Tests.Properties;

/// <summary>
/// Generators for the property tests: raw text full of what breaks text code (surrogates, lone or
/// paired; combining marks; direction marks and zero-width characters; NUL, CR/LF; quotes, digits,
/// runs of punctuation) and wire-copy-like articles built from word pools that include the words
/// and shapes the rules look for.
/// </summary>
public static class WireGen
{
    /// <summary>Characters text code trips on, weighted by how often they matter.</summary>
    public static readonly Gen<char> HostileChar = Gen.Frequency(
        (6, Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"]),
        (2, Gen.Char["0123456789"]),
        (4, Gen.Char[" \u00A0\u202F\t"]),
        (2, Gen.Char["\r\n\u2028\u2029\u0085\v\f"]),
        (4, Gen.Char[".,;:!?…-–—()[]{}/\\'\"“”‘’«»•%&@#°$€*+=<>|~^`_"]),
        (2, Gen.Char["\0\u0001\u001F\u007F"]),
        (2, Gen.Char["\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF\u00AD\u2060"]),
        (2, Gen.Char['\u0300', '\u036F']),
        (2, Gen.Char["éèêëàâçîïôöûüñßÉÀÇÖÜŒœ"]),
        (1, Gen.Char['\u05D0', '\u05EA']),
        (1, Gen.Char['\u0621', '\u064A']),
        (1, Gen.Char['\uD800', '\uDFFF']),
        (1, Gen.Char));

    /// <summary>Raw text: hostile characters, with valid astral characters (emoji, maths letters) among them.</summary>
    public static readonly Gen<string> HostileText =
        Gen.Frequency(
                (8, HostileChar.Select(c => c.ToString())),
                (1, Gen.OneOf("\U0001F600", "\U0001D400", "\U0001F4F0", "\U00010400", "e\u0301", "\r\n", "...", " :", "n't", "'s")))
            .Array[0, 120]
            .Select(parts => string.Concat(parts));

    private static readonly string[] Openers =
    [
        "The", "A", "Kim Jong Un", "The minister", "The North Korean number one", "Officials", "Russia", "He", "She", "They",
        "According to intelligence agencies", "Mr Degtiarev", "The German minister of Finance", "In Paris", "WASHINGTON —",
        "PARIS (AFP) –", "MOSCOW, Sept. 15 (Reuters) -", "By Jane Doe", "•", "1.", "\"We", "«", "15/09/2023 07:58 –",
    ];

    private static readonly string[] Words =
    [
        "the", "the", "a", "of", "to", "in", "on", "and", "said", "must", "should", "whom", "which", "actually", "eventually",
        "exceptional", "trip", "visit", "travel", "continue", "his", "her", "its", "factory", "cosmodrome", "aeronautical",
        "Yuri", "Gagarin", "Vostochny", "(East)", "(Centre)", "Tschaikowski", "Tschechien", "Degtiarev", "Mantourov", "Poutine",
        "Ouzbékistan", "Choïgou", "Medvedev", "number", "one", "minister", "of Foreign Affairs", "Park Jin", "reacted", "Friday",
        "Tuesday", "next", "week", "in October", "on 15/09/2023", "15/09/2023", "15.09.2023", "1,5", "million", "2,75%", "3.000",
        "14h30", "9h", "14.30 Uhr", "at", " :", " ;", " ?", "«", "»", "\"", "“", "”", "realized", "became", "confident",
        "on Telegram", "that", "had", "had", "Russian", "press", "which", "would", "be", "first", "le", "la", "numéro", "un",
        "a précisé", "selon", "der", "die", "und", "bekam", "U.S.", "a.m.", "p.m.", "Inc.", "St.", "Mr.", "Dr.", "afp.com",
        "https://afp.com/a_(b)", "@afp", "#Ukraine", "'90s", "don't", "can't", "O'Brien", "ministers'", "—", "–", "-", "--",
        "e.g.", "J.", "R.", "(AFP)", "(Reuters)", "Kyiv", "Buenos", "Aires", "3.5", "1,500", "12:30", "Su-35", "well-known",
    ];

    private static readonly string[] Joins = [" ", " ", " ", " ", ", ", " — ", " : ", "  ", "\u00A0", " \u200B", "\n", " (", ") "];

    private static readonly string[] Ends = [". ", ". ", ".\n", ".\n\n", "? ", "! ", "… ", "\n\n", ".\" ", ".» ", " ", ". Russia. ", "\r\n"];

    /// <summary>A sentence of wire copy, garbled the ways the rules know, or not.</summary>
    public static readonly Gen<string> Sentence =
        Gen.Select(Gen.OneOf(Openers), Gen.OneOf(Words).Array[0, 18], Gen.OneOf(Joins).Array[18], Gen.OneOf(Ends))
            .Select((opener, words, joins, end) =>
            {
                var sentence = new StringBuilder(opener);
                for (var i = 0; i < words.Length; i++)
                {
                    sentence.Append(joins[i]).Append(words[i]);
                }

                return sentence.Append(end).ToString();
            });

    /// <summary>Several sentences, sometimes with raw hostile text spliced in between or inside them.</summary>
    public static readonly Gen<string> WireCopy =
        Gen.Frequency(
                (6, Sentence),
                (1, HostileText))
            .Array[1, 12]
            .Select(parts => string.Concat(parts));

    /// <summary>Any input: mostly wire copy, some raw hostile text.</summary>
    public static readonly Gen<string> Article = Gen.Frequency((3, WireCopy), (1, HostileText));

    /// <summary>
    /// Wire copy around the rules' own example sentences (which reach every detector), each taken as
    /// written or bent: noise spliced in, cut short, or broken across lines. Examples are grouped (by
    /// rule kind): each group is drawn as often, so a kind with one rule is reached as often as one with twenty.
    /// </summary>
    public static Gen<string> WireCopyAround(IReadOnlyList<IReadOnlyList<string>> exampleGroups) =>
        Gen.Frequency(
                (3, Example(exampleGroups)),
                (3, Sentence),
                (1, HostileText))
            .Array[1, 10]
            .Select(parts => string.Join(' ', parts));

    private static Gen<string> Example(IReadOnlyList<IReadOnlyList<string>> groups) =>
        Gen.Select(Gen.Int[0, groups.Count - 1].SelectMany(g => Gen.OneOf([.. groups[g]])), Gen.Int[0, 4], Gen.Int[0, 500], HostileText)
            .Select((example, bend, at, noise) =>
            {
                var i = at % (example.Length + 1);
                return bend switch
                {
                    1 => string.Concat(example.AsSpan(0, i), noise, example.AsSpan(i)),
                    2 => example[..i],
                    3 => string.Concat(example.AsSpan(0, i), "\r\n", example.AsSpan(i)),
                    _ => example,
                };
            });

    /// <summary>Shows a failing input with every unusual character escaped, so it can be pasted into a test.</summary>
    public static string Escape(string text)
    {
        var shown = new StringBuilder("\"");
        foreach (var c in text)
        {
            shown.Append(c is >= ' ' and < '\u007F' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return shown.Append('"').ToString();
    }
}
