using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// The phrase-gap settings the omission and addition kinds share (<see cref="PhraseGaps"/>): <c>runWords</c>
/// unlinked content words make a gap (0: off), <c>minSupport</c> of the rest of the pair must link,
/// <c>neighbours</c> lets neighbouring sentences' words count, <c>phraseEdge</c> asks the run to end a clause,
/// <c>balance</c> keeps quiet where the other side has as many unlinked words, <c>nameWeight</c> weighs a name.
/// </summary>
internal sealed record PhraseGapOptions(int RunWords, double MinSupport, bool Neighbours, bool Edge, double Balance, int NameWeight)
{
    public static PhraseGapOptions Read(YamlMap parameters) => new(
        parameters.Int("runWords", 0, 20) ?? 0,
        parameters.Double("minSupport", 0, 1) ?? 0.6,
        parameters.Bool("neighbours") ?? true,
        parameters.Bool("phraseEdge") ?? true,
        parameters.Double("balance", 0, 10) ?? 0.5,
        parameters.Int("nameWeight", 1, 10) ?? 2);
}
