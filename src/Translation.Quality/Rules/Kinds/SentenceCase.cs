using Translation.Quality.Text;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// Whether a sentence has lost its case: every word in lower case (a pipeline that lowered it,
/// the mechanics rule's all-lower slip). There a name or an acronym ("the union simem", "the
/// association wohnen plus") looks like a common word, so the word rules ask the evidence they
/// ask of a capitalised word.
/// </summary>
internal static class SentenceCase
{
    /// <summary>Fewer words than this carry too little case to call lost (a short fragment may be all lower by nature).</summary>
    private const int MinWords = 8;

    public static bool IsLost(Token[] tokens, Sentence sentence)
    {
        var words = 0;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            if (tokens[k].Shape != TokenShape.Lower)
            {
                return false;
            }

            words++;
        }

        return words >= MinWords;
    }
}
