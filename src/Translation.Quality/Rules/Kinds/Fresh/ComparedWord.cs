namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// A word of a wire sentence or of a fresh translation as the span comparison sees it: where it is,
/// its folded key (lower case, no diacritics, numbers normalised), its stem, and whether it carries
/// content (not a function word).
/// </summary>
/// <param name="Start">Offset into the text it came from.</param>
/// <param name="Index">Position among the words of its text.</param>
/// <param name="Gap">Whether punctuation stands between this word and the one before it.</param>
internal sealed record ComparedWord(int Start, int End, int Index, string Text, string Key, string Stem, bool IsContent, bool IsNumber, bool IsCapitalised, bool Gap)
{
    /// <summary>Written with 's: "Spain's".</summary>
    public bool Possessive { get; init; }

    /// <summary>A number word that may be no number at all ("one", "first", "May"): never a fact of its own.</summary>
    public bool SoftNumber { get; init; }

    /// <summary>For a number: the values it may have (the bilingual checks' keys: "n:14000", "m:3" for March); two numbers meet when one is shared.</summary>
    public IReadOnlyList<string> NumberKeys { get; init; } = [];
}
