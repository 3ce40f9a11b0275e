using Translation.Quality.Text;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// Two neighbouring blocks of a wire sentence that a fresh translation has the other way round, word for
/// word ("the bill debated will be" / "the bill will be debated", "as is irrigation restricted" / "as
/// irrigation is restricted"): the fresh translation proposes the repair, and the caller asks the
/// word-order model whether it is one. Function words count here, unlike in the content-word
/// comparison: a verb stranded past its auxiliary or a clause-final negation is carried by them.
/// </summary>
internal static class FreshBlockSwaps
{
    /// <summary>One proposed swap, in sentence-relative token indices: the left block [Start, Start+Left), the right block after it.</summary>
    public readonly record struct Swap(int Start, int Left, int Right);

    /// <summary>
    /// Every swap of two word blocks (each at most <paramref name="maxBlock"/> tokens, neither crossing
    /// punctuation) whose swapped order the fresh translation contains, with a content word in the
    /// swap; where swaps overlap, the shortest comes first.
    /// </summary>
    public static List<Swap> Find(string text, ReadOnlySpan<Token> wire, string fresh, int maxBlock)
    {
        var found = new List<Swap>();
        var freshTokens = Tokenizer.Tokenize(fresh);
        if (wire.Length < 2 || freshTokens.Length < 2)
        {
            return found;
        }

        var wireKeys = new string?[wire.Length];
        for (var i = 0; i < wire.Length; i++)
        {
            wireKeys[i] = Key(text, wire[i]);
        }

        var freshKeys = new string?[freshTokens.Length];
        var at = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < freshTokens.Length; i++)
        {
            if ((freshKeys[i] = Key(fresh, freshTokens[i])) is { } key)
            {
                (at.TryGetValue(key, out var list) ? list : at[key] = []).Add(i);
            }
        }

        for (var start = 0; start < wire.Length; start++)
        {
            for (var left = 1; left <= maxBlock && start + left < wire.Length; left++)
            {
                if (wireKeys[start + left - 1] is null)
                {
                    break;
                }

                for (var right = 1; right <= maxBlock && start + left + right <= wire.Length; right++)
                {
                    if (wireKeys[start + left + right - 1] is null)
                    {
                        break;
                    }

                    if (HasContent(wireKeys, start, left + right) && !AlreadyInOrder(wireKeys, start, left + right, freshKeys, at)
                        && Swapped(wireKeys, start, left, right, freshKeys, at))
                    {
                        found.Add(new Swap(start, left, right));
                    }
                }
            }
        }

        AddMoves(wireKeys, freshKeys, at, maxBlock, found);
        return [.. found.Distinct().OrderBy(s => s.Left + s.Right).ThenBy(s => s.Start)];
    }

    /// <summary>
    /// A block the fresh translation has whole but beside other neighbours, one of which the wire has a
    /// few words away ("to the changed volumes early to adapt" / "to adapt early to the changed volumes"):
    /// moving it there is a swap of the block with the words between, proposed like the others.
    /// </summary>
    private static void AddMoves(string?[] wire, string?[] fresh, Dictionary<string, List<int>> at, int maxBlock, List<Swap> found)
    {
        for (var i = 0; i < wire.Length; i++)
        {
            for (var length = 1; length <= maxBlock && i + length <= wire.Length && wire[i + length - 1] is not null; length++)
            {
                if (!HasContent(wire, i, length) || Place(wire, i, length, fresh, at) is not { } p)
                {
                    continue;
                }

                var before = p > 0 ? fresh[p - 1] : null;
                var after = p + length < fresh.Length ? fresh[p + length] : null;
                var wireBefore = i > 0 ? wire[i - 1] : null;
                var wireAfter = i + length < wire.Length ? wire[i + length] : null;
                if ((before is not null && before == wireBefore) || (after is not null && after == wireAfter))
                {
                    continue;
                }

                // To the right: the block goes after the wire word the fresh one has before it, or before the one it has after it.
                for (var k = i + length; k < wire.Length && k - (i + length) < maxBlock && wire[k] is not null; k++)
                {
                    if (wire[k] == before)
                    {
                        found.Add(new Swap(i, length, k - (i + length) + 1));
                    }
                    else if (wire[k] == after && k > i + length)
                    {
                        found.Add(new Swap(i, length, k - (i + length)));
                    }
                }

                // To the left: the stretch between goes after the block.
                for (var k = i - 1; k >= 0 && i - k <= maxBlock && wire[k] is not null; k--)
                {
                    if (wire[k] == after)
                    {
                        found.Add(new Swap(k, i - k, length));
                    }
                    else if (wire[k] == before && k < i - 1)
                    {
                        found.Add(new Swap(k + 1, i - k - 1, length));
                    }
                }
            }
        }
    }

    /// <summary>Where the fresh translation has the wire block [start, start+length) word for word, if it has it once.</summary>
    private static int? Place(string?[] wire, int start, int length, string?[] fresh, Dictionary<string, List<int>> at)
    {
        if (!at.TryGetValue(wire[start]!, out var places))
        {
            return null;
        }

        int? found = null;
        foreach (var p in places)
        {
            var match = p + length <= fresh.Length;
            for (var k = 0; k < length && match; k++)
            {
                match = fresh[p + k] == wire[start + k];
            }

            if (match)
            {
                if (found is not null)
                {
                    return null;
                }

                found = p;
            }
        }

        return found;
    }

    /// <summary>A word's key (case-folded); null for punctuation, symbols and numbers, which no block carries.</summary>
    private static string? Key(string text, Token token) =>
        token.Kind == TokenKind.Word ? text.Substring(token.Start, token.Length).ToLowerInvariant().Replace('’', '\'') : null;

    private static bool HasContent(string?[] keys, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!EnglishFunctionWords.All.Contains(keys[i]!))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fresh translation has the two blocks right after each other in the right block's place: B then A.</summary>
    private static bool Swapped(string?[] wire, int start, int left, int right, string?[] fresh, Dictionary<string, List<int>> at)
    {
        if (!at.TryGetValue(wire[start + left]!, out var places))
        {
            return false;
        }

        foreach (var p in places)
        {
            if (p + left + right > fresh.Length)
            {
                continue;
            }

            var match = true;
            for (var k = 0; k < right && match; k++)
            {
                match = fresh[p + k] == wire[start + left + k];
            }

            for (var k = 0; k < left && match; k++)
            {
                match = fresh[p + right + k] == wire[start + k];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fresh translation also has the wire's own order of the stretch: both orders are its English.</summary>
    private static bool AlreadyInOrder(string?[] wire, int start, int length, string?[] fresh, Dictionary<string, List<int>> at)
    {
        if (!at.TryGetValue(wire[start]!, out var places))
        {
            return false;
        }

        foreach (var p in places)
        {
            var match = p + length <= fresh.Length;
            for (var k = 0; k < length && match; k++)
            {
                match = fresh[p + k] == wire[start + k];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }
}
