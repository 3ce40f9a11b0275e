using Translation.Quality.Language;

namespace Translation.Quality.Alignment;

/// <summary>
/// A cheap check that a source text is in the language its feed declares, by function words: a
/// source in another language would make every bilingual finding on it noise.
/// </summary>
public static class SourceLanguageCue
{
    /// <summary>Words read: enough to tell four languages apart.</summary>
    private const int SampleWords = 400;

    /// <summary>The language the text clearly reads as, when that is not <paramref name="declared"/>; else null.</summary>
    public static string? Contradicts(string text, string declared)
    {
        var languages = new[] { "en", "fr", "es", "de" };
        if (!languages.Contains(declared.ToLowerInvariant()))
        {
            return null;
        }

        var hits = new int[languages.Length];
        var sets = languages.Select(l =>
        {
            FunctionWords.TryGet(l, out var set);
            return set.GetAlternateLookup<ReadOnlySpan<char>>();
        }).ToArray();
        var words = 0;
        var i = 0;
        while (words < SampleWords)
        {
            var word = FunctionWords.NextWord(text, ref i);
            if (word.IsEmpty)
            {
                break;
            }

            words++;
            for (var k = 0; k < sets.Length; k++)
            {
                if (sets[k].Contains(word))
                {
                    hits[k]++;
                }
            }
        }

        var own = hits[Array.IndexOf(languages, declared.ToLowerInvariant())];
        var best = Array.IndexOf(hits, hits.Max());
        return languages[best] != declared.ToLowerInvariant() && hits[best] >= 5 && hits[best] >= 2 * own + 3 ? languages[best] : null;
    }
}
