namespace Translation.Quality.Lexicon;

/// <summary>
/// What a lexicon says of a capitalised word's shape in a language that capitalises its nouns (German): a noun
/// with its plural or case forms, a compound of listed parts, or neither, as names are.
/// </summary>
internal static class NounShapes
{
    private static readonly string[] NounEndings = ["e", "en", "n", "es", "ern", "nen"];

    /// <summary>German place-name and surname endings: a compound ending so is a place or a person, not a noun left over.</summary>
    private static readonly string[] NameEndings =
        ["mann", "burg", "berg", "dorf", "feld", "heim", "hausen", "kirchen", "stadt", "bach", "brück", "brücken", "hof", "ingen", "leben", "rode", "see", "tal", "furt", "born", "horst", "hagen", "beck", "bühl", "weiler", "wald", "walde", "land", "au"];

    /// <summary>A noun's plural or case form: the word less an ending is a noun the lexicon lists ("Zecken" → "Zecke").</summary>
    public static bool IsPluralOrCaseForm(WordTable table, ReadOnlySpan<char> key)
    {
        foreach (var ending in NounEndings)
        {
            if (key.Length > ending.Length + 3 && key.EndsWith(ending, StringComparison.Ordinal)
                && table.Find(key[..^ending.Length]) is var e and >= 0 && (table.Flags(e) & WordFlags.Capitalised) != 0 && (table.Flags(e) & WordFlags.Dictionary) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A noun the lexicon knows as two known parts ("Landtag" = "Land" + "tag", "Landtags" + "wahl").</summary>
    public static bool IsCompound(WordTable table, ReadOnlySpan<char> key)
    {
        if (key.Length < 7)
        {
            return false;
        }

        for (var split = 3; split <= key.Length - 3; split++)
        {
            var head = table.Find(key[..split]);
            if (head < 0)
            {
                continue;
            }

            var tail = table.Find(key[split..]);
            if (tail >= 0 && (table.Flags(tail) & WordFlags.Capitalised) != 0 && (table.Flags(tail) & WordFlags.Dictionary) != 0 && IsNounForm(table, key[split..]))
            {
                return true;
            }

            // Three parts or more: "Schienen" + "ersatz" + "verkehr".
            if (tail < 0 && key.Length - split >= 7 && IsCompound(table, key[split..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="placeNames">
    /// Not "-ern" on its own: a town's inhabitants give its name that form ("Zwickauern"), so for telling places
    /// from nouns it is no noun's.
    /// </param>
    public static bool IsNounForm(WordTable table, ReadOnlySpan<char> key, bool placeNames = false) => IsInflected(table, key, placeNames) || IsPluralOrCaseForm(table, key);

    /// <summary>
    /// A noun, not a name: the lexicon also lists a plural or case form ("Landtag" → "Landtage",
    /// "Bürgermeister" → "Bürgermeistern"); names ("Hanau", "Merkel") have only a genitive "-s".
    /// </summary>
    public static bool IsInflected(WordTable table, ReadOnlySpan<char> key, bool placeNames = false)
    {
        Span<char> form = stackalloc char[key.Length + 3];
        key.CopyTo(form);
        foreach (var ending in NounEndings)
        {
            if (placeNames && ending == "ern")
            {
                continue;
            }

            ending.CopyTo(form[key.Length..]);
            if (table.Find(form[..(key.Length + ending.Length)]) is var e and >= 0 && (table.Flags(e) & WordFlags.Capitalised) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Ends in a place or surname part ("-au", "-mann"), unless that part sits inside a longer noun that
    /// ends the compound ("Wohnungs" + "bau" is a noun, "Han" + "au" a town).
    /// </summary>
    public static bool EndsLikeAName(WordTable table, ReadOnlySpan<char> key)
    {
        foreach (var ending in NameEndings)
        {
            if (!key.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            for (var length = ending.Length + 1; length <= Math.Min(ending.Length + 3, key.Length - 3); length++)
            {
                var tail = key[^length..];
                if (table.Find(tail) is var e and >= 0 && (table.Flags(e) & (WordFlags.Capitalised | WordFlags.Dictionary)) == (WordFlags.Capitalised | WordFlags.Dictionary)
                    && IsInflected(table, tail))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }
}
