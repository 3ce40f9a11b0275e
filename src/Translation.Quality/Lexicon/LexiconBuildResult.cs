namespace Translation.Quality.Lexicon;

/// <summary>What <c>tqa lexicon build</c> wrote: per Hunspell dictionary its stems and expanded forms, per file its words and bytes.</summary>
public sealed record LexiconBuildResult(IReadOnlyList<(string Dictionary, int Stems, int Forms)> Dictionaries, IReadOnlyList<(string File, int Words, long Bytes)> Files);
