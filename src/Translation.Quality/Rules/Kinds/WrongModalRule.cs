using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: wrong-modal</c> — "must" where the source's modal means a schedule (French "doit",
/// "doivent": is due to): "The minister must travel to Lima on Tuesday". Fires only when the modal is
/// followed by one of <c>verbs</c> (travel, meet, be held…) and the sentence names a future time
/// ("on Tuesday", "in October", "next week"), which obligation rarely does.
/// </summary>
internal sealed class WrongModalRule : IRule
{
    private static readonly Regex Schedule = new(
        @"\b(?:on|by|until|from)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b" +
        @"|\b(?:in|on|by)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b" +
        @"|\b(?:next|later\s+this|this\s+coming)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b" +
        @"|\bin\s+(?:about\s+|around\s+|some\s+|roughly\s+)?(?:\w+\s+)?(?:days|weeks|months)\b" +
        @"|\btomorrow\b|\bon\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    /// <summary>"must continue his trip to…": an itinerary is a schedule even without a date.</summary>
    private static readonly Regex Itinerary = new(
        @"^\w+\s+(?:continue|pursue|resume|extend|end|wrap\s+up|begin|start)\s+(?:his|her|its|their|the)\s+(?:trip|visit|tour|journey|stay|mission|visit)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    private readonly Regex _regex;
    private readonly FrozenSet<string> _modals;

    private WrongModalRule(RuleInfo info, Regex regex, FrozenSet<string> modals)
    {
        Info = info;
        _regex = regex;
        _modals = modals;
    }

    public RuleInfo Info { get; }

    public void Check(RuleContext context)
    {
        var analysis = context.Analysis;
        var text = context.Text;
        var tokens = analysis.Tokens;
        var lookup = _modals.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = 1; t < tokens.Length; t++)
        {
            // Cheap token test first; the regex only runs, anchored, where a modal stands.
            if (!lookup.Contains(tokens[t].Slice(text)))
            {
                continue;
            }

            var m = _regex.Match(text, tokens[t - 1].Start);
            if (!m.Success)
            {
                continue;
            }

            var modal = m.Groups["modal"];
            var sentence = analysis.Sentences[analysis.SentenceAt(modal.Index)];
            var after = text.AsSpan(modal.Index, sentence.End - modal.Index).ToString();
            if (!Schedule.IsMatch(after) && !Itinerary.IsMatch(after))
            {
                continue;
            }

            var subject = m.Groups["subject"].Value;
            var plural = subject.EndsWith('s') && !subject.EndsWith("ss", StringComparison.Ordinal) || subject is "they" or "both" or "leaders";
            context.Report(modal.Index, modal.Index + modal.Length, suggestion: plural ? "are due to" : "is due to");
        }
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "wrong-modal";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context)
        {
            var options = WrongModalOptions.Read(parameters);
            var pattern = @"\G(?<subject>[\p{L}'’]+)\s+(?<modal>\b(?:" + WordLists.Alternation(options.Modals) + @"))\s+(?:(?:then|also|still|again|first|now)\s+)?(?:" + WordLists.Alternation(options.Verbs) + @")\b";
            return new WrongModalRule(info, RegexFactory.Build(pattern), options.Modals);
        }
    }
}
