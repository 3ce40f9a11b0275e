using System.Text.RegularExpressions;
using Translation.Quality.Documents;

namespace Translation.Quality.Translator;

/// <summary>
/// The source-language word behind a false-friend or calque finding. Rule packs quote it in the
/// message ("'actuellement' means currently, not 'actually'."): the first quoted term that is not
/// the flagged English itself, preferring one that occurs in the source text when there is one.
/// </summary>
public static partial class SourceTerm
{
    public static string? Of(Finding finding, string? sourceText)
    {
        var candidates = Quoted().Matches(finding.Message)
            .Select(m => m.Groups[1].Value.Trim())
            .Where(t => t.Length is > 0 and <= TranslatorLimits.DictionaryMaxElementCharacters)
            .Where(t => !finding.Text.Contains(t, StringComparison.OrdinalIgnoreCase) && !t.Equals(finding.Suggestion, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        if (!string.IsNullOrEmpty(sourceText))
        {
            foreach (var c in candidates)
            {
                if (sourceText.Contains(Bare(c), StringComparison.OrdinalIgnoreCase))
                {
                    return Bare(c);
                }
            }
        }

        return Bare(candidates[0]);
    }

    /// <summary>"le numéro un" → "numéro un": the dictionary knows words, not their articles.</summary>
    private static string Bare(string term)
    {
        foreach (var article in new[] { "le ", "la ", "les ", "l'", "el ", "los ", "las ", "der ", "die ", "das " })
        {
            if (term.StartsWith(article, StringComparison.OrdinalIgnoreCase) && term.Length > article.Length + 1)
            {
                return term[article.Length..];
            }
        }

        return term;
    }

    /// <summary>'…' quotes whose apostrophes are not inside a word (so "à l'heure" stays whole).</summary>
    [GeneratedRegex(@"(?<!\p{L})'(.+?)'(?!\p{L})")]
    private static partial Regex Quoted();
}
