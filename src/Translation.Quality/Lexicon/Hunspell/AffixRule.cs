namespace Translation.Quality.Lexicon.Hunspell;

/// <summary>
/// One PFX or SFX line of a Hunspell affix file: strip <see cref="Strip"/> from the word's start
/// (prefix) or end (suffix), add <see cref="Add"/>, when the word matches <see cref="Condition"/>;
/// <see cref="Continuation"/> lists the flags the affixed form carries on (twofold affixes,
/// NEEDAFFIX, CIRCUMFIX).
/// </summary>
internal sealed record AffixRule(int Flag, bool IsPrefix, bool CrossProduct, string Strip, string Add, AffixCondition Condition, int[] Continuation)
{
    /// <summary>The affixed form of <paramref name="word"/>, or null when the rule does not apply to it.</summary>
    public string? Apply(string word)
    {
        if (word.Length < Strip.Length || (Strip.Length == word.Length && Add.Length == 0))
        {
            return null;
        }

        if (IsPrefix)
        {
            if (!word.StartsWith(Strip, StringComparison.Ordinal) || !Condition.MatchesStart(word))
            {
                return null;
            }

            return string.Concat(Add, word.AsSpan(Strip.Length));
        }

        if (!word.EndsWith(Strip, StringComparison.Ordinal) || !Condition.MatchesEnd(word))
        {
            return null;
        }

        return string.Concat(word.AsSpan(0, word.Length - Strip.Length), Add);
    }

    public bool Carries(int flag) => Array.IndexOf(Continuation, flag) >= 0;
}
