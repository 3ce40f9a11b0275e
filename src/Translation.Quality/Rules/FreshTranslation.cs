namespace Translation.Quality.Rules;

/// <summary>
/// A wire sentence (or unit) of the article and the Translator's fresh translation of its aligned
/// source: what the fresh-translation rule kinds compare. The verify stage fetches them; a rule
/// example gives them as <c>source</c> and <c>fresh</c>.
/// </summary>
/// <param name="TargetStart">The wire sentence in the article text.</param>
internal sealed record FreshTranslation(int TargetStart, int TargetEnd, string Source, string Fresh);
