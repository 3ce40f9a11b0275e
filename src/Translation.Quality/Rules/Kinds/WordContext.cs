using System.Collections.Frozen;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// Conditions on the words around a match, within the same sentence: <c>notPrecededBy</c> and
/// <c>notFollowedBy</c> silence a match when one of the listed words is within <c>window</c> words;
/// <c>precededBy</c> and <c>followedBy</c> require one; <c>near</c> requires one on either side
/// (the topic that makes a false friend wrong: "process" near "court", "defence", "hearing").
/// Words compare case-insensitively.
/// </summary>
internal sealed record WordContext(FrozenSet<string> NotPrecededBy, FrozenSet<string> NotFollowedBy, FrozenSet<string> PrecededBy, FrozenSet<string> FollowedBy, int Window)
{
    public static readonly WordContext Empty = new(FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty, 2);

    /// <summary>Words of which one must stand within <see cref="Window"/> words on either side.</summary>
    public FrozenSet<string> Near { get; init; } = FrozenSet<string>.Empty;

    public bool IsEmpty => NotPrecededBy.Count == 0 && NotFollowedBy.Count == 0 && PrecededBy.Count == 0 && FollowedBy.Count == 0 && Near.Count == 0;

    public static WordContext Read(YamlMap map)
    {
        var notBefore = map.StringList("notPrecededBy");
        var notAfter = map.StringList("notFollowedBy");
        var before = map.StringList("precededBy");
        var after = map.StringList("followedBy");
        var near = map.StringList("near");
        var window = map.Int("window", 1, 10);
        if (notBefore is null && notAfter is null && before is null && after is null && near is null && window is null)
        {
            return Empty;
        }

        return new WordContext(ToSet(notBefore), ToSet(notAfter), ToSet(before), ToSet(after), window ?? (near is null ? 2 : 8)) { Near = ToSet(near) };
    }

    public WordContext Merge(WordContext shared) => new(
        NotPrecededBy.Union(shared.NotPrecededBy).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        NotFollowedBy.Union(shared.NotFollowedBy).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        PrecededBy.Count > 0 ? PrecededBy : shared.PrecededBy,
        FollowedBy.Count > 0 ? FollowedBy : shared.FollowedBy,
        Window)
    {
        Near = Near.Count > 0 ? Near : shared.Near,
    };

    public bool Allows(string text, int start, int end)
    {
        if (IsEmpty)
        {
            return true;
        }

        var lookupBefore = NotPrecededBy.GetAlternateLookup<ReadOnlySpan<char>>();
        var lookupAfter = NotFollowedBy.GetAlternateLookup<ReadOnlySpan<char>>();
        var lookupRequired = PrecededBy.GetAlternateLookup<ReadOnlySpan<char>>();
        var foundRequired = PrecededBy.Count == 0;
        var lookupNear = Near.GetAlternateLookup<ReadOnlySpan<char>>();
        var foundNear = Near.Count == 0;

        var pos = start;
        for (var n = 0; n < Window; n++)
        {
            var word = PreviousWord(text, ref pos);
            if (word.IsEmpty)
            {
                break;
            }

            if (lookupBefore.Contains(word))
            {
                return false;
            }

            foundRequired |= lookupRequired.Contains(word);
            foundNear |= lookupNear.Contains(word);
        }

        if (!foundRequired)
        {
            return false;
        }

        var lookupFollowing = FollowedBy.GetAlternateLookup<ReadOnlySpan<char>>();
        var foundFollowing = FollowedBy.Count == 0;
        pos = end;
        for (var n = 0; n < Window; n++)
        {
            var word = NextWord(text, ref pos);
            if (word.IsEmpty)
            {
                break;
            }

            if (lookupAfter.Contains(word))
            {
                return false;
            }

            foundFollowing |= lookupFollowing.Contains(word);
            foundNear |= lookupNear.Contains(word);
        }

        return foundFollowing && foundNear;
    }

    private static FrozenSet<string> ToSet(IReadOnlyList<string>? words) =>
        (words ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The word before <paramref name="pos"/> in the same sentence; moves pos to its start.</summary>
    private static ReadOnlySpan<char> PreviousWord(string text, ref int pos)
    {
        var i = pos - 1;
        while (i >= 0 && !char.IsLetterOrDigit(text[i]))
        {
            if (text[i] is '.' or '!' or '?' or '\n')
            {
                return default;
            }

            i--;
        }

        var end = i + 1;
        while (i >= 0 && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '\'' or '\u2019'))
        {
            i--;
        }

        pos = i + 1;
        return text.AsSpan(i + 1, end - i - 1);
    }

    private static ReadOnlySpan<char> NextWord(string text, ref int pos)
    {
        var i = pos;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            if (text[i] is '.' or '!' or '?' or '\n')
            {
                return default;
            }

            i++;
        }

        var start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '\'' or '\u2019'))
        {
            i++;
        }

        pos = i;
        return text.AsSpan(start, i - start);
    }
}
