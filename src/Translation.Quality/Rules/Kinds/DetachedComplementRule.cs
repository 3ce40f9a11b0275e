using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: detached-complement</c> — a title's complement pushed away from its head by a verb or
/// a time phrase: "the minister reacted on Friday of Foreign Affairs, Ana Ruiz". Looks for a head
/// noun (<c>heads</c>, any case, one or two of them: "Minister President"), a verb in the past (an
/// -ed form or one of <c>verbs</c>), an optional time phrase, then "of"/"for" and a capitalised
/// complement ending at a comma or at a "that" clause. An institution (<c>bodies</c>) is a head too
/// ("the department announced on Tuesday of Health that…"), and a lower-case complement may be one
/// ("declared yesterday of the board that…"). The complement is flagged and the suggestion joins it
/// back to its head.
/// </summary>
internal sealed class DetachedComplementRule : IRule
{
    /// <summary>Verbs English itself follows with "of X that" ("said of the plan that", "warned of the risk that").</summary>
    private static readonly FrozenSet<string> OfThatVerbs = new[]
    {
        "said", "wrote", "spoke", "warned", "asked", "demanded", "required", "expected", "knew", "thought", "complained",
        "boasted", "talked", "remarked", "dreamed", "dreamt", "despaired", "approved", "disapproved", "convinced", "assured",
        "informed", "reminded", "notified", "told", "written", "spoken", "known", "thought",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly Regex _regex;
    private readonly FrozenSet<string> _verbs;
    private readonly FrozenSet<string> _heads;
    private readonly FrozenSet<string> _bodies;

    private DetachedComplementRule(RuleInfo info, Regex regex, FrozenSet<string> verbs, FrozenSet<string> heads, FrozenSet<string> bodies)
    {
        Info = info;
        _regex = regex;
        _verbs = verbs;
        _heads = heads;
        _bodies = bodies;
    }

    public RuleInfo Info { get; }

    public void Check(RuleContext context)
    {
        var text = context.Text;
        var tokens = context.Analysis.Tokens;
        var heads = _heads.GetAlternateLookup<ReadOnlySpan<char>>();
        var bodies = _bodies.GetAlternateLookup<ReadOnlySpan<char>>();
        var reportedEnd = -1;
        for (var t = 0; t < tokens.Length; t++)
        {
            // Only where a head noun stands does the (anchored) regex run.
            var word = tokens[t].Slice(text);
            var isTitle = heads.Contains(word);
            if (!isTitle && !bodies.Contains(word))
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
            var timed = m.Groups["time"].Length > 0;
            var beforeThat = m.Groups["that"].Success;

            // An institution, or a complement cut off before a "that" clause, is only a detached
            // complement with a time phrase between: "the ministry said of Health" is no source order.
            if ((!isTitle || beforeThat) && !timed)
            {
                continue;
            }

            if (!isTitle && !comp.Value.StartsWith("of", StringComparison.Ordinal))
            {
                continue;
            }

            if (beforeThat && OfThatVerbs.Contains(verb))
            {
                continue;
            }

            // A lower-case complement before "that" must name an institution ("of the board"), not a topic ("of the risk").
            if (beforeThat && !char.IsUpper(LastWord(comp.Value)[0]) && !bodies.Contains(LastWord(comp.Value)))
            {
                continue;
            }

            // "Minister President": both heads reach the same complement; it is reported once.
            if (comp.Index < reportedEnd)
            {
                continue;
            }

            reportedEnd = comp.Index + comp.Length;
            var head = m.Groups["head"].Value;
            var normalised = Regex.Replace(comp.Value, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1));
            context.Report(comp.Index, comp.Index + comp.Length, $"{Info.Message} '{normalised}' belongs to '{head}': '{head} {normalised} {verb}…'.", $"{head} {normalised}");
        }
    }

    private static ReadOnlySpan<char> LastWord(string phrase)
    {
        var span = phrase.AsSpan().TrimEnd();
        var space = span.LastIndexOfAny(' ', '\n', '\t');
        return span[(space + 1)..];
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

            var (heads, verbs, bodies) = (options.Heads, options.Verbs, options.Bodies);
            var head = "(?i:" + WordLists.Alternation(heads.Concat(bodies)) + ")";

            var pattern =
                // Head (maybe two: "Minister President"), an optional auxiliary, the verb with an optional particle or short object, time words.
                @"\G(?<head>" + head + @"(?:\s+" + head + @")?)\s+(?:(?:had|has|have|was|were|is)\s+)?(?<verb>[a-z]+)\s+" +
                @"(?:(?:in|out|up|back|down)\s+)?(?:(?:the|a|an|his|her|its|their)\s+[a-z]+\s+)?" +
                @"(?<time>(?:(?:on|in|at|last|this|late|early|overnight|yesterday|today|night|morning|evening|afternoon)\s+(?:(?:[A-Z]?[a-z]+|\d{4})\s+)?){0,3})" +
                @"(?:(?<comp>(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for|the)\s+)?\p{Lu}[\p{L}'’-]*){0,4})(?=\s*,|(?<that>\s+that\s))" +
                // A lower-case complement ("of the growers' federation") only when a name follows the comma, or before a "that" clause.
                @"|(?<comp>(?:of|for)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})(?=,\s+\p{Lu}\p{Ll}+\s+\p{Lu}|(?<that>\s+that\s)))";
            var regex = RegexFactory.Build(pattern);
            return new DetachedComplementRule(info, regex, verbs, heads, bodies);
        }
    }
}
