using System.Buffers;
using System.Text.RegularExpressions;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: pattern</c>, read and checked when the pack loads.</summary>
/// <remarks>Internal, unlike the plain-valued options records: it holds the compiled expression.</remarks>
/// <param name="Regex">The expression over the article text (<c>pattern</c>, required; <c>ignoreCase</c>, <c>timeoutMs</c> 1–60000, default 1000).</param>
/// <param name="Group">The group that is flagged (0, the default: the whole match); the pattern must have it.</param>
/// <param name="Literals">Strings one of which every match needs (<see cref="RegexLiterals"/>); null: the regex runs on every article.</param>
internal sealed record PatternOptions(RuleRegex Regex, int Group, SearchValues<string>? Literals)
{
    /// <summary>The options a rule's parameters give, or null when they cannot make a rule (the errors say why, located).</summary>
    public static PatternOptions? Read(YamlMap parameters)
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

        if (group > 0 && regex.MaxGroup < group)
        {
            parameters.Error(parameters.Find("group")!, $"the pattern has no group {group}");
            return null;
        }

        return new PatternOptions(regex, group, RegexLiterals.Of(pattern, ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None));
    }
}
