using System.Buffers;
using System.Text.RegularExpressions;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: pattern</c> — a regular expression over the article text. <c>group</c> picks the flagged
/// part; <c>$1</c>-style references in message and suggestion are filled from the match.
/// </summary>
internal sealed class PatternRule : IRule
{
    private readonly RuleRegex _regex;
    private readonly int _group;
    private readonly SearchValues<string>? _literals;

    private PatternRule(RuleInfo info, PatternOptions options)
    {
        Info = info;
        _regex = options.Regex;
        _group = options.Group;
        _literals = options.Literals;
    }

    public RuleInfo Info { get; }

    /// <summary>The prefilter (null: none) and the regex behind it, for the tests that hold them to each other.</summary>
    internal (SearchValues<string>? Literals, Regex Regex) Parts => (_literals, _regex.Current);

    public void Check(RuleContext context)
    {
        // No literal the pattern needs is in the article: no match is possible, and the regex is not run.
        if (_literals is not null && context.Text.AsSpan().IndexOfAny(_literals) < 0)
        {
            return;
        }

        foreach (Match match in _regex.Current.Matches(context.Text))
        {
            var g = match.Groups[_group];
            if (!g.Success || g.Length == 0)
            {
                continue;
            }

            context.Report(g.Index, g.Index + g.Length, Fill(match, Info.Message), Info.Suggestion is null ? null : Fill(match, Info.Suggestion));
        }
    }

    private static string Fill(Match match, string template) =>
        template.Contains('$', StringComparison.Ordinal) ? match.Result(template) : template;

    public sealed class Kind : IRuleKind
    {
        public string Name => "pattern";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            PatternOptions.Read(parameters) is { } options ? new PatternRule(info, options) : null;
    }
}
