using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Translation.Quality.Translator;

/// <summary>
/// Numbers as values, so "14,000", "14 000", "14.000" (German), "2,5" (French) and "2.5", "twelve"
/// and "12", "1st" and "1" meet. Also folds words for comparison: lower case, no diacritics.
/// </summary>
internal static partial class NumberKey
{
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["zero"] = "0", ["one"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7",
        ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12", ["thirteen"] = "13", ["fourteen"] = "14",
        ["fifteen"] = "15", ["sixteen"] = "16", ["seventeen"] = "17", ["eighteen"] = "18", ["nineteen"] = "19", ["twenty"] = "20",
        ["thirty"] = "30", ["forty"] = "40", ["fifty"] = "50", ["sixty"] = "60", ["seventy"] = "70", ["eighty"] = "80", ["ninety"] = "90",
        ["hundred"] = "100", ["dozen"] = "12", ["first"] = "1", ["second"] = "2", ["third"] = "3", ["fourth"] = "4", ["fifth"] = "5",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Lower case without diacritics: "Genève" → "geneve".</summary>
    public static string Fold(string word)
    {
        var d = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var b = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                b.Append(c == '\u2019' ? '\'' : c);
            }
        }

        return b.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The value of an English number word or numeral ("twelve", "14,000", "1st", "twenty-three"), or null.</summary>
    public static string? OfEnglish(string folded)
    {
        if (Words.TryGetValue(folded, out var v))
        {
            return v;
        }

        if (folded.Split('-') is [var tens, var unit] && Words.TryGetValue(tens, out var t) && Words.TryGetValue(unit, out var u) && t.Length == 2 && t[1] == '0' && u.Length == 1)
        {
            return (int.Parse(t, CultureInfo.InvariantCulture) + int.Parse(u, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);
        }

        var m = EnglishNumeral().Match(folded);
        return m.Success ? Canonical(m.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal)) : null;
    }

    /// <summary>Every number written in a source text (fr, es, de conventions: "14 000", "14.000", "2,5"), as values.</summary>
    public static HashSet<string> InSource(string text)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in SourceNumeral().Matches(text))
        {
            var raw = m.Value;
            var grouped = GroupedThousands().IsMatch(raw);
            var digits = grouped ? GroupSeparators().Replace(raw, string.Empty) : raw;
            digits = digits.Replace(',', '.');
            values.Add(Canonical(digits));

            // Both readings of a separator ("3.500", "2,500"): support for a number only ever spares a finding.
            values.Add(Canonical(AnySeparator().Replace(raw, string.Empty)));
        }

        return values;
    }

    private static string Canonical(string number)
    {
        if (!number.Contains('.', StringComparison.Ordinal))
        {
            return number.TrimStart('0') is { Length: > 0 } n ? n : "0";
        }

        var trimmed = number.TrimEnd('0').TrimEnd('.');
        return trimmed.Length == 0 ? "0" : trimmed;
    }

    [GeneratedRegex(@"^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:st|nd|rd|th|%)?$")]
    private static partial Regex EnglishNumeral();

    [GeneratedRegex(@"\d+(?:[ \u00A0\u202F.,]\d+)*")]
    private static partial Regex SourceNumeral();

    [GeneratedRegex(@"^\d{1,3}(?:([ \u00A0\u202F.])\d{3})+(?:,\d+)?$")]
    private static partial Regex GroupedThousands();

    [GeneratedRegex(@"[ \u00A0\u202F.]")]
    private static partial Regex GroupSeparators();

    [GeneratedRegex(@"[ \u00A0\u202F.,]")]
    private static partial Regex AnySeparator();
}
