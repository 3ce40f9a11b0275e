using System.Collections.Frozen;
using Translation.Quality.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: repeated-word</c> — the same word twice in a row ("the the"). Legitimate doubles
/// ("had had", "that that") are listed in <c>exceptions</c>.
/// </summary>
public sealed class RepeatedWordRule : IRule
{
    private readonly FrozenSet<string> _exceptions;

    private RepeatedWordRule(RuleInfo info, FrozenSet<string> exceptions)
    {
        Info = info;
        _exceptions = exceptions;
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
                if (!first.Equals(b.Slice(text), StringComparison.OrdinalIgnoreCase) || !OnlySpaceBetween(text, a.End, b.Start))
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

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context)
        {
            var exceptions = parameters.StringList("exceptions") ?? ["had", "that", "is", "do"];
            return new RepeatedWordRule(info, exceptions.Select(e => e.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal));
        }
    }
}
