using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: detached-complement</c> — a title's complement pushed away from its head by a verb or
/// a time phrase: "the minister reacted on Friday of Foreign Affairs, Ana Ruiz". Looks for a head
/// noun (<c>heads</c>), a verb in the past (an -ed form or one of <c>verbs</c>), an optional time
/// phrase, then "of"/"for" and a capitalised complement ending at a comma. The complement is flagged
/// and the suggestion joins it back to its head.
/// </summary>
internal sealed class DetachedComplementRule : IRule
{
    private readonly Regex _regex;
    private readonly FrozenSet<string> _verbs;
    private readonly FrozenSet<string> _heads;

    private DetachedComplementRule(RuleInfo info, Regex regex, FrozenSet<string> verbs, FrozenSet<string> heads)
    {
        Info = info;
        _regex = regex;
        _verbs = verbs;
        _heads = heads;
    }

    public RuleInfo Info { get; }

    public void Check(RuleContext context)
    {
        var text = context.Text;
        var tokens = context.Analysis.Tokens;
        var heads = _heads.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = 0; t < tokens.Length; t++)
        {
            // Only where a head noun stands does the (anchored) regex run.
            if (!heads.Contains(tokens[t].Slice(text)))
            {
                continue;
            }

            var m = _regex.Match(text, tokens[t].Start);
            if (!m.Success)
            {
                continue;
            }

            var verb = m.Groups["verb"].Value;
            if (!verb.EndsWith("ed", StringComparison.Ordinal) && !_verbs.Contains(verb))
            {
                continue;
            }

            var comp = m.Groups["comp"];
            var head = m.Groups["head"].Value;
            var normalised = Regex.Replace(comp.Value, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1));
            context.Report(comp.Index, comp.Index + comp.Length, $"{Info.Message} '{normalised}' belongs to '{head}': '{head} {normalised} {verb}…'.", $"{head} {normalised}");
        }
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "detached-complement";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context)
        {
            if (DetachedComplementOptions.Read(parameters) is not { } options)
            {
                return null;
            }

            var (heads, verbs) = (options.Heads, options.Verbs);

            var pattern =
                // Head, an optional auxiliary, the verb with an optional particle or short object, time words.
                @"\G(?<head>" + WordLists.Alternation(heads) + @")\s+(?:(?:had|has|have|was|were|is)\s+)?(?<verb>[a-z]+)\s+" +
                @"(?:(?:in|out|up|back|down)\s+)?(?:(?:the|a|an|his|her|its|their)\s+[a-z]+\s+)?" +
                @"(?:(?:on|in|at|last|this|late|early|overnight|yesterday|today|night|morning|evening|afternoon)\s+(?:(?:[A-Z]?[a-z]+|\d{4})\s+)?){0,3}" +
                @"(?:(?<comp>(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for|the)\s+)?\p{Lu}[\p{L}'’-]*){0,4})(?=\s*,)" +
                // A lower-case complement ("of the growers' federation") only when a name follows the comma.
                @"|(?<comp>(?:of|for)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})(?=,\s+\p{Lu}\p{Ll}+\s+\p{Lu}))";
            var regex = RegexFactory.Build(pattern);
            return new DetachedComplementRule(info, regex, verbs, heads);
        }
    }
}
