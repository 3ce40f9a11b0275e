using System.Collections.Frozen;
using Translation.Quality.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: repeated-word</c> — the same word twice in a row ("the the"). Legitimate doubles
/// ("had had", "that that") are listed in <c>exceptions</c>. A pair differing in case other than a
/// sentence's capital ("first FIRST") is emphasis, and two capitalised words inside a sentence are
/// a reduplicated name ("Duran Duran", "Sirhan Sirhan"): neither is a repetition.
/// </summary>
internal sealed class RepeatedWordRule : IRule
{
    private readonly FrozenSet<string> _exceptions;

    private RepeatedWordRule(RuleInfo info, RepeatedWordOptions options)
    {
        Info = info;
        _exceptions = options.Exceptions;
    }

    public RuleInfo Info { get; }

    public void Check(RuleContext context)
    {
        var analysis = context.Analysis;
        var tokens = analysis.Tokens;
        var text = context.Text;
        var lookup = _exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var sentence in analysis.Sentences)
        {
            for (var i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
            {
                var a = tokens[i - 1];
                var b = tokens[i];
                if (a.Kind != TokenKind.Word || b.Kind != TokenKind.Word)
                {
                    continue;
                }

                var first = a.Slice(text);
                var second = b.Slice(text);
                if (!first.Equals(second, StringComparison.OrdinalIgnoreCase) || !OnlySpaceBetween(text, a.End, b.Start))
                {
                    continue;
                }

                if (!SameButSentenceCapital(first, second, i - 1 == FirstWord(tokens, sentence))
                    || (a.Shape == TokenShape.Capitalised && b.Shape == TokenShape.Capitalised))
                {
                    continue;
                }

                var lower = first.Length <= buffer.Length ? buffer[..first.Length] : new char[first.Length];
                first.ToLowerInvariant(lower);
                if (lookup.Contains(lower))
                {
                    continue;
                }

                context.Report(a.Start, b.End, suggestion: first.ToString());
            }
        }
    }

    /// <summary>Equal, or "The the" at a sentence start: only the first letter's case differs there.</summary>
    private static bool SameButSentenceCapital(ReadOnlySpan<char> first, ReadOnlySpan<char> second, bool sentenceStart) =>
        first.SequenceEqual(second) || (sentenceStart && first[1..].SequenceEqual(second[1..]) && char.IsUpper(first[0]) && char.IsLower(second[0]));

    private static int FirstWord(Token[] tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                return k;
            }
        }

        return -1;
    }

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] is not (' ' or '\u00A0'))
            {
                return false;
            }
        }

        return to > from;
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "repeated-word";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            new RepeatedWordRule(info, RepeatedWordOptions.Read(parameters));
    }
}
