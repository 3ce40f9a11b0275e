namespace Translation.Quality.Rules;

/// <summary>The rule's own test cases: sentences it must flag (span marked with [[ ]]) and must not.</summary>
public sealed record RuleExamples(IReadOnlyList<FlagExample> Flag, IReadOnlyList<PassExample> Pass)
{
    public static readonly RuleExamples None = new([], []);
}

/// <param name="Marked">The sentence with the expected span in [[double brackets]].</param>
/// <param name="Fix">The expected suggestion, when given.</param>
/// <param name="Source">For bilingual rules: the source text the sentence translates.</param>
public sealed record FlagExample(string Marked, string? Fix, int Line, string? Source = null)
{
    /// <summary>For fresh-translation rules: the Translator's translation of <see cref="Source"/>, so the example runs without a network.</summary>
    public string? Fresh { get; init; }

    public const string Open = "[[";
    public const string Close = "]]";

    /// <summary>The sentence without markers, and the marked span in it.</summary>
    public (string Text, int Start, int End)? Parse()
    {
        var open = Marked.IndexOf(Open, StringComparison.Ordinal);
        var close = open < 0 ? -1 : Marked.IndexOf(Close, open + Open.Length, StringComparison.Ordinal);
        if (open < 0 || close < 0)
        {
            return null;
        }

        var text = string.Concat(Marked.AsSpan(0, open), Marked.AsSpan(open + Open.Length, close - open - Open.Length), Marked.AsSpan(close + Close.Length));
        return (text, open, close - Open.Length);
    }
}

/// <param name="Source">For bilingual rules: the source text the sentence translates.</param>
public sealed record PassExample(string Text, int Line, string? Source = null)
{
    /// <summary>For fresh-translation rules: the Translator's translation of <see cref="Source"/>.</summary>
    public string? Fresh { get; init; }
}
