namespace Translation.Quality.Rules.Kinds;

/// <summary>One position of a <c>token-pattern</c>: a condition matched <see cref="Min"/> to <see cref="Max"/> times in a row.</summary>
/// <param name="Mark">Whether the tokens it matches belong to the flagged span.</param>
internal sealed record TokenPatternElement(TokenCondition Condition, int Min, int Max, bool Mark);
