using Translation.Quality.Text;

namespace Translation.Quality.Tagging;

/// <summary>One gold sentence: word forms and their UPOS tags, index for index.</summary>
public sealed record TaggedSentence(string[] Forms, PosTag[] Tags)
{
    public int Count => Forms.Length;
}
