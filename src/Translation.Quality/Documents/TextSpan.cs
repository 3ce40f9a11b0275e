namespace Translation.Quality.Documents;

/// <summary>A half-open range [Start, End) of UTF-16 code units.</summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"Invalid span [{start}, {end}).");
        }

        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public override string ToString() => $"[{Start}, {End})";
}
