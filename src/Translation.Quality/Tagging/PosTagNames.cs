using Translation.Quality.Text;

namespace Translation.Quality.Tagging;

/// <summary>UPOS names to <see cref="PosTag"/> and back, without allocating.</summary>
public static class PosTagNames
{
    /// <summary>Number of UPOS tags (values of <see cref="PosTag"/> are 0..Count-1).</summary>
    public const int Count = (int)PosTag.VERB + 1;

    private static readonly string[] Names = Enum.GetNames<PosTag>()
        .Select(n => (Name: n, Value: (int)Enum.Parse<PosTag>(n)))
        .OrderBy(p => p.Value)
        .Select(p => p.Name)
        .ToArray();

    public static string Name(PosTag tag) => Names[(int)tag];

    public static bool TryParse(ReadOnlySpan<char> name, out PosTag tag)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                tag = (PosTag)i;
                return true;
            }
        }

        tag = default;
        return false;
    }
}
