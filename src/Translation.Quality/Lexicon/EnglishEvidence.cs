namespace Translation.Quality.Lexicon;

/// <summary>
/// How well English knows a word, from the English lexicon: listed by a Hunspell dictionary, only
/// by the big word list or WordNet, only counted by SUBTLEX, or not at all; with its frequency band.
/// Accents are tried off when the accented form is unknown ("résumé", "rôle", "naïve").
/// </summary>
public readonly record struct EnglishEvidence(WordFlags Flags, byte Band, bool Found)
{
    public static readonly EnglishEvidence None = default;

    public bool InDictionary => (Flags & WordFlags.Dictionary) != 0;

    /// <summary>Only a capitalised form is listed: a name or a proper adjective.</summary>
    public bool OnlyCapitalised => (Flags & (WordFlags.Lower | WordFlags.Capitalised)) == WordFlags.Capitalised;

    /// <summary>
    /// Known as English: in a dictionary or WordNet, or counted at <paramref name="commonBand"/> or
    /// more, or in the big word list — in lower case when <paramref name="lowerCase"/> (the list's
    /// lower-case entries are English words), else only when more frequent than <paramref name="rareBand"/>
    /// (the list also holds foreign names: "Landtag", "Audiencia").
    /// </summary>
    public bool IsEnglish(int rareBand, int commonBand, bool lowerCase) =>
        Found && (InDictionary || (Flags & WordFlags.WordNet) != 0 || Band >= commonBand
                  || ((Flags & WordFlags.WordList) != 0 && (Band > rareBand || (lowerCase && (Flags & WordFlags.Lower) != 0))));

    /// <summary>
    /// Only the big word list has it and SUBTLEX never counted it: the list's foreign entries
    /// ("ayuntamientos", "sieger") look like this, so it is weak evidence against a source lexicon's word.
    /// </summary>
    internal bool ListOnlyUncounted => Found && Band == 0 && (Flags & (WordFlags.Dictionary | WordFlags.WordNet)) == 0;

    /// <param name="fold">Whether an unaccented spelling counts ("café" → "cafe").</param>
    public static EnglishEvidence Of(WordTable english, ReadOnlySpan<char> word, bool fold = true)
    {
        if (word.Length > WordKey.MaxLength || word.IsEmpty)
        {
            return None;
        }

        Span<char> key = stackalloc char[word.Length];
        WordKey.Normalise(word, key);
        var entry = english.Find(key);
        var evidence = entry < 0 ? None : new EnglishEvidence(english.Flags(entry), english.Band(entry), true);
        if (fold && !evidence.InDictionary && Fold(key) && english.Find(key) is var folded and >= 0
            && (english.Flags(folded) & (WordFlags.Dictionary | WordFlags.WordNet)) != 0)
        {
            // "café" may be a rare list entry while "cafe" is a dictionary word: English either way. Only a
            // dictionary or WordNet word counts unaccented: the big list has "greve" and "generale" too.
            evidence = new EnglishEvidence(evidence.Flags | english.Flags(folded), Math.Max(evidence.Band, english.Band(folded)), true);
        }

        return evidence;
    }

    /// <summary>Takes Latin accents off in place; false when there were none.</summary>
    public static bool Fold(Span<char> key)
    {
        var changed = false;
        for (var i = 0; i < key.Length; i++)
        {
            var f = key[i] switch
            {
                'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
                'ç' => 'c',
                'è' or 'é' or 'ê' or 'ë' => 'e',
                'ì' or 'í' or 'î' or 'ï' => 'i',
                'ñ' => 'n',
                'ò' or 'ó' or 'ô' or 'õ' or 'ö' => 'o',
                'ù' or 'ú' or 'û' or 'ü' => 'u',
                'ý' or 'ÿ' => 'y',
                _ => key[i],
            };
            changed |= f != key[i];
            key[i] = f;
        }

        return changed;
    }
}
