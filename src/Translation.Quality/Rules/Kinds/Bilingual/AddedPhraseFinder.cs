using Translation.Quality.Documents;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// Finds a target modifier phrase (a relative or subordinate clause, an "including …" list) whose content
/// words nothing in the source supports: no cognate (same first letters once case and accents are folded),
/// no rendering in the bilingual dictionary, no number, no name. A sentence can be the right length and still carry a clause the source never had.
/// </summary>
internal static class AddedPhraseFinder
{
    /// <summary>Words that open a modifier phrase a translation may add ("…, which the union called an insult").</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "which", "who", "whose", "while", "whereas", "because", "including", "before", "after", "since", "although", "though",
    };

    /// <summary>Letters two words must share at their start to count as cognates ("police"/"polizei", "budget"/"budget").</summary>
    private const int CognatePrefix = BilingualDictionary.KeyLength;

    /// <summary>Phrases of <paramref name="target"/> with at least <paramref name="minWords"/> content words, none supported by <paramref name="source"/>.</summary>
    public static IEnumerable<TextSpan> Find(string text, TextSpan target, string sourceText, TextSpan source, string sourceLanguage, int minWords)
    {
        var support = Support(sourceText, source, sourceLanguage);
        var words = BilingualWords.Words(text, target.Start, target.End);
        for (var i = 0; i < words.Count; i++)
        {
            var word = BilingualWords.Fold(text.AsSpan(words[i].Start, words[i].Length));
            if (!Openers.Contains(word) || !ClauseBreaks.After(text, target.Start, words[i].Start))
            {
                continue;
            }

            // The phrase runs to the next comma, semicolon, dash or bracket, or the sentence's end.
            var end = ClauseBreaks.Next(text, words[i].End, target.End);
            int content = 0, supported = 0;
            var last = words[i].End;
            for (var k = i + 1; k < words.Count && words[k].Start < end; k++)
            {
                var w = text.AsSpan(words[k].Start, words[k].Length);
                last = words[k].End;
                if (char.IsDigit(w[0]))
                {
                    content++;
                    supported += support.Numbers ? 1 : 0;
                    continue;
                }

                if (!BilingualWords.IsContent(w, "en"))
                {
                    continue;
                }

                content++;
                if (Supported(BilingualWords.Fold(w), support.Prefixes))
                {
                    supported++;
                }
            }

            if (content >= minWords && supported == 0)
            {
                yield return new TextSpan(words[i].Start, last);
            }
        }
    }

    private static bool Supported(string word, HashSet<string> prefixes) =>
        prefixes.Contains(word.Length <= CognatePrefix ? word : word[..CognatePrefix]);

    private static (HashSet<string> Prefixes, bool Numbers) Support(string text, TextSpan range, string language)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var dictionary = BilingualDictionary.For(language);
        var numbers = false;
        foreach (var w in BilingualWords.Words(text, range.Start, range.End))
        {
            var span = text.AsSpan(w.Start, w.Length);
            if (char.IsDigit(span[0]))
            {
                numbers = true;
                continue;
            }

            foreach (var part in span.Split('-'))
            {
                var folded = BilingualWords.Fold(BilingualWords.WithoutElision(span[part].ToString()));
                if (folded.Length >= 2)
                {
                    prefixes.Add(folded.Length <= CognatePrefix ? folded : folded[..CognatePrefix]);
                    prefixes.UnionWith(dictionary.Renderings(folded));
                }
            }
        }

        return (prefixes, numbers);
    }
}
