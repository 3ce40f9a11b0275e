using Translation.Quality.Lexicon;
using Translation.Quality.Text;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// A fixed phrase of the source held together by one of its function words that English never writes
/// in lower case: "à cause de", "lors de", "por fin", "im Moment", "Zum Beispiel". Its other words may
/// be English ones ("cause", "fin", "Moment"), which is why the word-by-word runs of
/// <see cref="UntranslatedWordRule"/> miss it; the function word is the evidence. Names keep such
/// particles ("Pierre du Bois", "Freiburg im Breisgau", "Le Monde"), so a phrase next to a capitalised
/// word, or one opening the sentence without a comma after it, is none.
/// </summary>
internal static class SourceFunctionPhrase
{
    /// <summary>Longest phrase, in words.</summary>
    private const int MaxWords = 4;

    /// <summary>English words this frequent (SUBTLEX band) end no phrase: "lors de a briefing" is "lors de".</summary>
    private const int CommonEnglishBand = 6;

    /// <summary>A lone particle needs this many letters to be evidence on its own ("lors", not "du").</summary>
    private const int MinLoneLength = 4;

    /// <summary>
    /// The phrase around <paramref name="anchor"/> as first and last token, or null when the token is
    /// no anchor or the phrase looks like part of a name.
    /// </summary>
    /// <param name="firstWord">The sentence's first word (after any opening quote): its capital is the sentence's.</param>
    /// <param name="capitalisedNouns">The source capitalises its nouns (German): a capitalised source noun may join the phrase.</param>
    public static (int First, int Last)? Around(AnalyzedText analysis, Sentence sentence, int anchor, int firstWord, WordTable source, WordTable english, bool capitalisedNouns)
    {
        var initial = anchor == firstWord;
        var shape = analysis.Tokens[anchor].Shape;
        if (!(shape == TokenShape.Lower || (initial && shape == TokenShape.Capitalised)) || !IsAnchor(analysis, anchor, source, english))
        {
            return null;
        }

        // The source words after it, one of them at most a content word ("à cause de", "à la carte", not "à la carte menus");
        // a very common English word belongs to the English around the phrase ("lors de a briefing" is "lors de").
        // Before the particle only another function word of the source joins ("bis zu"): a content word there is English
        // more often than not ("reporters lors de").
        var first = anchor;
        var last = anchor;
        var contentWords = 0;
        while (last + 1 < sentence.EndToken && last - first + 1 < MaxWords && UntranslatedWordRule.Adjacent(analysis, last, last + 1)
               && Joins(analysis, last + 1, source, english, capitalisedNouns, ref contentWords))
        {
            last++;
        }

        while (!initial && first - 1 >= sentence.FirstToken && last - first + 1 < MaxWords && analysis.Tokens[first - 1].Shape == TokenShape.Lower
               && UntranslatedWordRule.Adjacent(analysis, first - 1, first) && IsSourceStopword(analysis, first - 1, source, english))
        {
            first--;
        }

        // An elided word opening the sentence goes with it ("D'ici là, …"): the phrase opens the sentence.
        if (!initial && first - 1 >= sentence.FirstToken && first - 1 == firstWord && ElidedSourceWord(analysis, first - 1, source)
            && UntranslatedWordRule.Adjacent(analysis, first - 1, first))
        {
            first--;
            initial = true;
        }

        // A phrase opening the sentence is a connector set off by a comma ("Por fin, …", "Zum Beispiel, …");
        // otherwise it is a name the sentence starts with ("Le Petit is …").
        if (initial && (last == first || last + 1 >= sentence.EndToken || analysis.TokenSpan(last + 1) is not ","))
        {
            return null;
        }

        // A particle inside a name: a capitalised word right before or after the phrase.
        if ((first > sentence.FirstToken && !initial && UntranslatedWordRule.IsCapitalWord(analysis, first - 1) && UntranslatedWordRule.Adjacent(analysis, first - 1, first))
            || (last + 1 < sentence.EndToken && UntranslatedWordRule.IsCapitalWord(analysis, last + 1) && UntranslatedWordRule.Adjacent(analysis, last, last + 1)))
        {
            return null;
        }

        if (first == last)
        {
            // Alone, only a longer particle in lower case is evidence ("Des Moines", "Le Pen" open with theirs).
            // "dont", "im" alone are English contractions that lost their apostrophe more often than the source's words.
            return !initial && analysis.Tokens[anchor].Length >= MinLoneLength && !IsContractionWithoutApostrophe(analysis.TokenSpan(anchor), english) ? (first, last) : null;
        }

        return (first, last);
    }

    /// <summary>A function word of the source, not a very common English word ("bis", not "a" or "in").</summary>
    private static bool IsSourceStopword(AnalyzedText analysis, int token, WordTable source, WordTable english) =>
        analysis.Tokens[token].Kind == TokenKind.Word && LowerSourceStopword(analysis, token, source, english) is { } evidence
        && evidence.Band < CommonEnglishBand && (evidence.Flags & WordFlags.Stopword) == 0;

    /// <summary>What English knows of the token (unfolded: "à" is not "a") when the source lists it as a lower-case stopword; else null.</summary>
    private static EnglishEvidence? LowerSourceStopword(AnalyzedText analysis, int token, WordTable source, WordTable english)
    {
        var word = analysis.TokenSpan(token);
        if (word.Length > WordKey.MaxLength)
        {
            return null;
        }

        Span<char> key = stackalloc char[word.Length];
        WordKey.Normalise(word, key);
        return (source.FlagsOf(key) & (WordFlags.Stopword | WordFlags.Lower)) == (WordFlags.Stopword | WordFlags.Lower)
            ? EnglishEvidence.Of(english, key, fold: false)
            : null;
    }

    /// <summary>A word elided before an apostrophe whose rest the source lists ("D'ici", "L'an").</summary>
    private static bool ElidedSourceWord(AnalyzedText analysis, int token, WordTable source)
    {
        var word = analysis.TokenSpan(token);
        var apostrophe = word.IndexOfAny('\'', '\u2019');
        if (apostrophe is < 1 or > 2 || apostrophe + 2 > word.Length || word.Length > WordKey.MaxLength)
        {
            return false;
        }

        var rest = word[(apostrophe + 1)..];
        Span<char> key = stackalloc char[rest.Length];
        WordKey.Normalise(rest, key);
        return (source.FlagsOf(key) & (WordFlags.Dictionary | WordFlags.Stopword)) != 0;
    }

    /// <summary>A stopword of the source that English lists in lower case nowhere but, perhaps, as a rare big-list entry.</summary>
    private static bool IsAnchor(AnalyzedText analysis, int token, WordTable source, WordTable english) =>
        LowerSourceStopword(analysis, token, source, english) is { } evidence
        && ((evidence.Flags & WordFlags.Lower) == 0 || ((evidence.Flags & (WordFlags.Dictionary | WordFlags.WordNet)) == 0 && evidence.Band <= 1));

    /// <summary>An English contraction that lost its apostrophe ("dont", "im"): a slip of English, not the source's "dont", "im".</summary>
    private static bool IsContractionWithoutApostrophe(ReadOnlySpan<char> word, WordTable english)
    {
        Span<char> key = stackalloc char[word.Length];
        WordKey.Normalise(word, key);
        Span<char> form = stackalloc char[key.Length + 1];
        for (var split = 1; split < key.Length; split++)
        {
            key[..split].CopyTo(form);
            form[split] = '\'';
            key[split..].CopyTo(form[(split + 1)..]);
            if (english.Find(form) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word of the source that may go on the phrase: a lower-case source word, or a capitalised source noun where nouns
    /// are capitalised; not a very common English word, and no second content word.
    /// </summary>
    private static bool Joins(AnalyzedText analysis, int token, WordTable source, WordTable english, bool capitalisedNouns, ref int contentWords)
    {
        var t = analysis.Tokens[token];
        if (t.Kind != TokenKind.Word || t.Length > WordKey.MaxLength)
        {
            return false;
        }

        var word = analysis.TokenSpan(token);
        Span<char> key = stackalloc char[word.Length];
        WordKey.Normalise(word, key);
        var flags = source.FlagsOf(key);
        var joins = t.Shape switch
        {
            TokenShape.Lower => (flags & WordFlags.Lower) != 0 && (flags & (WordFlags.Dictionary | WordFlags.Stopword)) != 0,
            TokenShape.Capitalised => capitalisedNouns && ((flags & (WordFlags.Capitalised | WordFlags.Dictionary)) == (WordFlags.Capitalised | WordFlags.Dictionary)
                                                           || (flags == WordFlags.None && NounShapes.IsCompound(source, key))),
            _ => false,
        };
        if (!joins || EnglishEvidence.Of(english, key, fold: false).Band >= CommonEnglishBand)
        {
            return false;
        }

        if ((flags & WordFlags.Stopword) == 0 && ++contentWords > 1)
        {
            return false;
        }

        return true;
    }
}
