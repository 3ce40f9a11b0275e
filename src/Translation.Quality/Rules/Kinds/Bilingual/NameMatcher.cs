using System.Text;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// Whether two spellings name the same thing: equal without case and accents, one a declined form of
/// the other ("Putins", "Merkels"), or the same once transliteration habits are levelled ("Mantourov"
/// / "Manturov", "Tschaikowski" / "Tchaikovsky", "Choïgou" / "Shoigu") within an edit or two.
/// </summary>
internal static class NameMatcher
{
    public static bool Same(string a, string b) => Same(NameForm.Of(a), NameForm.Of(b));

    public static bool Same(NameForm a, NameForm b)
    {
        var (fa, fb) = (a.Folded, b.Folded);
        if (fa == fb)
        {
            return true;
        }

        var (shorter, longer) = fa.Length <= fb.Length ? (fa, fb) : (fb, fa);

        // Declension: "Putins", "Merkels", "Scholzens"; a German place's adjective: "Lahrer", "Berliner".
        if (shorter.Length >= 4 && longer.StartsWith(shorter, StringComparison.Ordinal) && longer[shorter.Length..] is "s" or "es" or "n" or "en" or "ns" or "ens" or "er")
        {
            return true;
        }

        // A name and its adjective share their stem, the adjective well longer: "Ukraine" / "ukrainischen", "Lyon" / "lyonnaise".
        var common = CommonPrefix(shorter, longer);
        if (longer.Length - shorter.Length >= 3 && common >= 4 && common >= 0.7 * shorter.Length)
        {
            return true;
        }

        // The same through a transliteration: "Westphalia" / "westfälischen" ("vestfali…").
        if (SameStem(a.Skeleton, b.Skeleton))
        {
            return true;
        }

        // Cognates that differ only in their last letters: "Uruguayan" / "uruguayo", "Monetary" / "monétaire",
        // "Meteorological" / "Meteorología"; "Martinez" / "Martinelli" share too little of the shorter.
        if (common >= 6 && common >= shorter.Length - 1 && longer.Length - common <= 3)
        {
            return true;
        }

        // Or in both: "Balearic" / "Baleares", "Andalusian" / "andaluza" is the stem rule's.
        if (common >= 6 && shorter.Length - common <= 2 && longer.Length - common <= 2)
        {
            return true;
        }

        // Place names take their language's ending: "Asia" / "Asie", "Westphalia" / "Westfalen", "Serbia" / "Serbien".
        if (SameToponym(fa, fb) || SameToponym(fb, fa))
        {
            return true;
        }

        // A compound opens with the name: "Elbbrücke", "Rheinufer".
        var head = shorter.Length > 3 && shorter.EndsWith('e') ? shorter[..^1] : shorter;
        if (head.Length >= 3 && longer.Length - head.Length >= 5 && longer.StartsWith(head, StringComparison.Ordinal))
        {
            return true;
        }

        // German compounds hold names: "Süddeutschland", "Westbalkan", "Alpentäler".
        var stem = shorter.EndsWith('s') && shorter.Length > 5 ? shorter[..^1] : shorter;
        if (stem.Length >= 5 && longer.Length - stem.Length >= 3 && longer.Contains(stem, StringComparison.Ordinal))
        {
            return true;
        }

        // Transliterations differ in vowels and in how a sound is spelt, not in consonants: "Degtiarev" / "Degtyarev",
        // "Mantourov" / "Manturov"; "Reichert" / "Reichardt" are two people.
        var (sa, sb) = (a.Skeleton, b.Skeleton);
        return sa == sb || (a.Consonants == b.Consonants && Math.Min(sa.Length, sb.Length) >= 5 && Levenshtein(sa, sb, 2) <= 2);
    }

    private static bool SameStem(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var common = CommonPrefix(shorter, longer);
        return longer.Length - shorter.Length >= 2 && common >= 6 && common >= 0.8 * shorter.Length;
    }

    /// <summary>How many letters two spellings share from the start.</summary>
    internal static int CommonPrefix(string a, string b) => a.AsSpan().CommonPrefixLength(b);

    private static readonly string[] ToponymEndings = ["ien", "ija", "ia", "ie", "en", "e"];

    /// <summary>An English place name in "-ia" and a source form with another ending on the same stem.</summary>
    private static bool SameToponym(string english, string other)
    {
        if (english.Length < 4 || !english.EndsWith("ia", StringComparison.Ordinal))
        {
            return false;
        }

        var ending = Array.Find(ToponymEndings, e => other.Length - e.Length >= 2 && other.EndsWith(e, StringComparison.Ordinal));
        if (ending is null)
        {
            return false;
        }

        var (a, b) = (Skeleton(english[..^2]), Skeleton(other[..^ending.Length]));
        return a == b || (Math.Min(a.Length, b.Length) >= 5 && Consonants(a) == Consonants(b) && Levenshtein(a, b, 1) <= 1);
    }

    internal static string Consonants(string skeleton) => string.Concat(skeleton.Where(c => c is not ('a' or 'e' or 'i' or 'o' or 'u')));

    /// <summary>A folded word with transliteration habits levelled: "tsch", "tch", "sch", "sh" → "ʃ"; "ou" → "u"; "y", "j" → "i" …</summary>
    public static string Skeleton(string folded)
    {
        var s = new StringBuilder(folded)
            .Replace("tsch", "ʃ").Replace("tch", "ʃ").Replace("sch", "ʃ").Replace("sh", "ʃ").Replace("ch", "ʃ")
            .Replace("kh", "h").Replace("ph", "f").Replace("qu", "k").Replace("ck", "k").Replace("ou", "u")
            .Replace('c', 'k').Replace('w', 'v').Replace('y', 'i').Replace('j', 'i').Replace('z', 's').Replace('x', 's').Replace("'", string.Empty)
            .Replace("-", string.Empty).ToString();
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        if (sb.Length > 4 && sb[^1] is 'e')
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    /// <summary>Edit distance, giving up past <paramref name="max"/>.</summary>
    public static int Levenshtein(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var best = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                best = Math.Min(best, cur[j]);
            }

            if (best > max)
            {
                return max + 1;
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}

/// <summary>A word's folded spelling, and (worked out when first needed) its transliteration skeleton and the skeleton's consonants.</summary>
internal sealed class NameForm
{
    private string? _skeleton;
    private string? _consonants;

    private NameForm(string folded)
    {
        Folded = folded;
    }

    public string Folded { get; }

    public string Skeleton => _skeleton ??= NameMatcher.Skeleton(Folded);

    public string Consonants => _consonants ??= NameMatcher.Consonants(Skeleton);

    public static NameForm Of(string word) => new(BilingualWords.Fold(word));
}
