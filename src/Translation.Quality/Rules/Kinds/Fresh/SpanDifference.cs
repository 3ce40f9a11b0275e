namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>What kind of difference the span comparison found between a wire sentence and a fresh translation.</summary>
internal enum SpanDifferenceKind
{
    /// <summary>Wire content words that neither the fresh translation nor the source supports, with nothing in their place in the fresh translation.</summary>
    Addition,

    /// <summary>Wire content words in the place of other fresh words, unsupported by the source: a mistranslation, if the dictionary agrees.</summary>
    Substitution,

    /// <summary>Fresh content words with nothing in their place in the wire.</summary>
    Omission,

    /// <summary>A wire word that matches a fresh word, out of the order the fresh translation keeps.</summary>
    Misplaced,

    /// <summary>A word both sides have, negated on one side only: the wire gained or lost a negation.</summary>
    Negation,
}

/// <summary>One difference, on the wire words it concerns.</summary>
/// <param name="Start">Offset of the wire span in the article text.</param>
/// <param name="End">End of the wire span (for an omission: the wire words around the gap).</param>
/// <param name="Wire">The wire words concerned ("" for an omission).</param>
/// <param name="Fresh">What the fresh translation has there (the suggestion), or "" for an addition.</param>
/// <param name="NumberOrName">For a substitution: the words are numbers or names on both sides.</param>
internal sealed record SpanDifference(SpanDifferenceKind Kind, int Start, int End, string Wire, string Fresh, SpanDifferenceDetail NumberOrName = SpanDifferenceDetail.None)
{
    /// <summary>The content words concerned: unsupported wire words (addition), missing fresh ones (omission).</summary>
    public int Words { get; init; }

    /// <summary>How many more than the other side has unmatched in the gaps beside this one: a rewording evens out, an addition does not.</summary>
    public int Imbalance { get; init; }

    /// <summary>How many more unsupported (addition) or missing (omission) content words the whole sentence has than the other side: a clause said in other words elsewhere evens out.</summary>
    public int SentenceImbalance { get; init; }

    /// <summary>For an addition: how many of its words are numbers or names (a fact the source does not give); for an omission, the missing numbers and names the source gives.</summary>
    public int Facts { get; init; }

    /// <summary>For a misplaced word: how many wire words stand between it and the fresh neighbour it was torn from (0: turned round).</summary>
    public int Distance { get; init; }
}

/// <summary>What a substitution replaces, when it is more than a word.</summary>
internal enum SpanDifferenceDetail
{
    None,
    Number,
    Name,
}
