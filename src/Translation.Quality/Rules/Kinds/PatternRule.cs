using System.Text.RegularExpressions;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: pattern</c> — a regular expression over the article text. <c>group</c> picks the flagged
/// part; <c>$1</c>-style references in message and suggestion are filled from the match.
/// </summary>
internal sealed class PatternRule : IRule
{
    private readonly Regex _regex;
    private readonly int _group;

    private PatternRule(RuleInfo info, Regex regex, int group)
    {
        Info = info;
        _regex = regex;
        _group = group;
    }

    public RuleInfo Info { get; }

    public void Check(RuleContext context)
    {
        foreach (Match match in _regex.Matches(context.Text))
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

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context)
        {
            var pattern = parameters.String("pattern", required: true);
            var ignoreCase = parameters.Bool("ignoreCase") ?? false;
            var group = parameters.Int("group", 0, 99) ?? 0;
            var timeoutMs = parameters.Int("timeoutMs", 1, 60_000) ?? 1000;
            if (pattern is null)
            {
                return null;
            }

            var regex = RegexFactory.TryCreate(pattern, ignoreCase, timeoutMs, parameters, "pattern");
            if (regex is null)
            {
                return null;
            }

            if (group > 0 && regex.GetGroupNumbers().Max() < group)
            {
                parameters.Error(parameters.Find("group")!, $"the pattern has no group {group}");
                return null;
            }

            return new PatternRule(info, regex, group);
        }
    }
}
