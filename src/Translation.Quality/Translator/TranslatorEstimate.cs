namespace Translation.Quality.Translator;

/// <summary>What a run would send to the Translator, after the cache, and what it would cost.</summary>
/// <param name="Articles">Articles read.</param>
/// <param name="InScope">Articles the scope sends (bilingual or not).</param>
/// <param name="Characters">Billable characters that would be sent (translate and dictionary, cache misses only).</param>
/// <param name="CharactersFromCache">Billable characters the cache would answer instead.</param>
/// <param name="Requests">Billable requests (per article, to the service limits).</param>
/// <param name="Cost">Characters at <paramref name="PricePerMillionCharacters"/>.</param>
/// <param name="UpperBound">True when the scope depends on findings not known yet (flagged): every article was counted.</param>
public sealed record TranslatorEstimate(int Articles, int InScope, long Characters, long CharactersFromCache, int Requests, double Cost, double PricePerMillionCharacters, bool UpperBound);
