namespace Translation.Quality.Translator;

/// <summary>
/// Whether a well-formed answer answers what was asked: one translation per target, in the target
/// asked, and text wherever the input had text. An empty translation of a sentence is not "the
/// sentence means nothing": it is a broken answer, and caching it would repeat the lie forever.
/// </summary>
public static class TranslatorAnswers
{
    /// <summary>The first problem with <paramref name="items"/> as translations of <paramref name="texts"/>, or null.</summary>
    public static string? TranslationProblem(IReadOnlyList<string> texts, IReadOnlyList<string> targets, IReadOnlyList<TranslatedTextItem> items)
    {
        if (items.Count != texts.Count)
        {
            return $"expected {texts.Count} results, got {items.Count}";
        }

        for (var i = 0; i < items.Count; i++)
        {
            var translations = items[i].Translations;
            if (translations.Count != targets.Count)
            {
                return $"element {i}: expected {targets.Count} translation(s), got {translations.Count}";
            }

            for (var j = 0; j < translations.Count; j++)
            {
                if (!string.Equals(translations[j].TargetLanguage, targets[j], StringComparison.OrdinalIgnoreCase))
                {
                    return $"element {i}: translation into '{translations[j].TargetLanguage}', asked for '{targets[j]}'";
                }

                if (string.IsNullOrWhiteSpace(translations[j].Text) && !string.IsNullOrWhiteSpace(texts[i]))
                {
                    return $"element {i}: an empty translation of a text of {texts[i].Length} characters";
                }
            }
        }

        return null;
    }
}
