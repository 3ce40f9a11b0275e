using Translation.Quality.Documents;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// Finds a source clause (from a comma and a relative pronoun or conjunction to the next comma) none of whose
/// content words has a counterpart in the target: no cognate, no dictionary rendering, no number.
/// A translation of the right length may still have dropped a clause and padded another.
/// </summary>
internal static class OmittedPhraseFinder
{
    private static readonly Dictionary<string, HashSet<string>> Openers = new(StringComparer.Ordinal)
    {
        ["fr"] = new(StringComparer.Ordinal) { "qui", "que", "dont", "ou", "et", "mais", "lorsque", "tandis", "car", "puisque", "lequel", "laquelle", "lesquels" },
        ["es"] = new(StringComparer.Ordinal) { "que", "quien", "quienes", "cuyo", "cuya", "donde", "y", "pero", "mientras", "aunque", "porque", "cuando" },
        ["de"] = new(StringComparer.Ordinal) { "der", "die", "das", "dem", "den", "dessen", "deren", "und", "aber", "weil", "wahrend", "wobei", "nachdem", "als", "wo" },
    };

    public static IEnumerable<TextSpan> Find(string sourceText, TextSpan source, string language, string text, TextSpan target, int minWords)
    {
        if (!Openers.TryGetValue(language, out var openers))
        {
            yield break;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var numbers = false;
        foreach (var w in BilingualWords.Words(text, target.Start, target.End))
        {
            var span = text.AsSpan(w.Start, w.Length);
            numbers |= char.IsDigit(span[0]);
            foreach (var part in span.Split('-'))
            {
                keys.Add(BilingualDictionary.Key(BilingualWords.Fold(span[part])));
            }
        }

        var dictionary = BilingualDictionary.For(language);
        var words = BilingualWords.Words(sourceText, source.Start, source.End);
        for (var i = 0; i < words.Count; i++)
        {
            var opener = BilingualWords.Fold(sourceText.AsSpan(words[i].Start, words[i].Length));
            if (!openers.Contains(opener) || !ClauseBreaks.After(sourceText, source.Start, words[i].Start))
            {
                continue;
            }

            int content = 0, supported = 0;
            var last = words[i].End;
            for (var k = i + 1; k < words.Count && ClauseBreaks.Next(sourceText, last, words[k].Start) == words[k].Start; k++)
            {
                var w = sourceText.AsSpan(words[k].Start, words[k].Length);
                last = words[k].End;
                if (char.IsDigit(w[0]))
                {
                    content++;
                    supported += numbers ? 1 : 0;
                    continue;
                }

                if (!BilingualWords.IsContent(w, language))
                {
                    continue;
                }

                content++;
                var folded = BilingualWords.Fold(BilingualWords.WithoutElision(w.ToString()));
                if (keys.Contains(BilingualDictionary.Key(folded)) || dictionary.Renderings(folded).Any(keys.Contains))
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
}
