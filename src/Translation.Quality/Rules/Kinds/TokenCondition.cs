using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Translation.Quality.Lexicon;
using Translation.Quality.Text;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// What one token must be in a <c>token-pattern</c>: every attribute given must hold (word, text,
/// regex, POS, shape, kind, word class, animacy), then <see cref="Negate"/> inverts the result. No attribute: any token.
/// </summary>
internal sealed class TokenCondition
{
    public FrozenSet<string>? Words { get; init; }

    public FrozenSet<string>? Texts { get; init; }

    public Regex? Regex { get; init; }

    /// <summary>Allowed UPOS tags as a bit mask (bit = (int)tag).</summary>
    public uint PosMask { get; init; }

    public uint ShapeMask { get; init; }

    public uint KindMask { get; init; }

    /// <summary>
    /// The word must be of this class out of context (<see cref="WordClassLexicon"/>), whatever its
    /// tag: in the source's order ("the cooperatives agricultural of", "the backlog take would") the
    /// tagger reads it as a noun. Resolved on first match, so loading a pack does not load the list.
    /// </summary>
    public Func<WordClassLexicon>? WordClass { get; init; }

    /// <summary>What the noun must name (<see cref="AnimacyLexicon"/>): "minister" a person, "production" a thing.</summary>
    public IReadOnlySet<Animacy>? Animacy { get; init; }

    public bool Negate { get; init; }

    public bool UsesPos => PosMask != 0;

    /// <param name="tag">The token's tag, or null when no tagger ran: a POS condition is then false.</param>
    public bool Matches(ReadOnlySpan<char> text, Token token, PosTag? tag)
    {
        return Negate ? !Holds(text, token, tag) : Holds(text, token, tag);
    }

    private bool Holds(ReadOnlySpan<char> text, Token token, PosTag? tag)
    {
        if (Words is not null && !Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
        {
            return false;
        }

        if (Texts is not null && !Texts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
        {
            return false;
        }

        if (ShapeMask != 0 && (ShapeMask & (1u << (int)token.Shape)) == 0)
        {
            return false;
        }

        if (KindMask != 0 && (KindMask & (1u << (int)token.Kind)) == 0)
        {
            return false;
        }

        if (PosMask != 0 && (tag is not { } t || (PosMask & (1u << (int)t)) == 0))
        {
            return false;
        }

        if (WordClass is not null && !WordClass().Contains(text))
        {
            return false;
        }

        if (Animacy is not null && !Animacy.Contains(AnimacyLexicon.Default.Of(text.ToString())))
        {
            return false;
        }

        return Regex is null || Regex.IsMatch(text);
    }
}
