using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: wrong-modal</c> — "must" where the source's modal means a schedule (French "doit",
/// "doivent": is due to): "The minister must travel to Lima on Tuesday". Fires only when the modal is
/// followed by one of <c>verbs</c> (travel, meet, be held…) and the sentence names a future time
/// ("on Tuesday", "in October", "next week"), which obligation rarely does. With <c>anyVerb: true</c>
/// any verb the tagger sees after the modal counts (land, resume, sit, receive…), except the verbs of
/// obligation (<c>obligationVerbs</c>: pay, respect, comply…), so the list need not foresee every event.
/// </summary>
internal sealed class WrongModalRule : IRule
{
    private static readonly Regex Schedule = new(
        @"\b(?:on|by|until|from)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b" +
        @"|\b(?:in|on|by)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b" +
        @"|\b(?:next|later\s+this|this\s+coming)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b" +
        @"|\bin\s+(?:about\s+|around\s+|some\s+|roughly\s+)?(?:\w+\s+)?(?:days|weeks|months)\b" +
        @"|\btomorrow\b|\btonight\b|\blater\s+(?:today|tonight)\b|\bthis\s+(?:morning|afternoon|evening|weekend)\b|\bat\s+the\s+weekend\b" +
        @"|\b(?:at|before|by)\s+the\s+end\s+of\s+(?:the|this|next)\s+(?:week|month|year|summer|winter)\b|\bin\s+(?:early\s+|late\s+)?20[2-4]\d\b" +
        @"|\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the|a|his|her|their)\s+(?:\w+\s+)?(?:summit|meeting|congress|conference|visit|session|ceremony|talks)\b" +
        @"|\bon\s+\d{1,2}[./]\d{1,2}[./](?:20)?\d\d\b" +
        @"|\bon\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    /// <summary>"must continue his trip to…": an itinerary is a schedule even without a date.</summary>
    private static readonly Regex Itinerary = new(
        @"^\w+\s+(?:continue|pursue|resume|extend|end|wrap\s+up|begin|start)\s+(?:his|her|its|their|the)\s+(?:trip|visit|tour|journey|stay|mission|visit)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    private readonly Regex _regex;
    private readonly FrozenSet<string> _modals;
    private readonly FrozenSet<string> _verbs;
    private readonly FrozenSet<string>? _obligations;

    /// <param name="obligations">Null: only the listed verbs count; otherwise any tagged verb but these.</param>
    private WrongModalRule(RuleInfo info, Regex regex, FrozenSet<string> modals, FrozenSet<string> verbs, FrozenSet<string>? obligations)
    {
        Info = info;
        _regex = regex;
        _modals = modals;
        _verbs = verbs;
        _obligations = obligations;
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
            var verb = m.Groups["verb"];

            // Direct speech keeps its obligations ("“We must react now,” said the captain"); "must now" is one too.
            if (DirectSpeech.IsInsideQuote(text, analysis.Sentences[analysis.SentenceAt(modal.Index)].Start, modal.Index) || m.Groups["adverb"].Value == "now")
            {
                continue;
            }

            if (_obligations is not null && !_verbs.Contains(verb.Value))
            {
                var v = analysis.TokenAtOrAfter(verb.Index);
                if (!analysis.HasTagger || _obligations.Contains(verb.Value) || analysis.TagOf(v) is not (Text.PosTag.VERB or Text.PosTag.AUX))
                {
                    continue;
                }
            }

            var sentence = analysis.Sentences[analysis.SentenceAt(modal.Index)];
            var after = text.AsSpan(modal.Index, sentence.End - modal.Index).ToString();
            if (!Schedule.IsMatch(after) && !Itinerary.IsMatch(after))
            {
                continue;
            }

            // "must confirm their entry by Tuesday": a deadline is an obligation; an unlisted verb needs a date that is not one.
            if (_obligations is not null && !_verbs.Contains(verb.Value) && !Schedule.Matches(after).Any(d => d.Value.StartsWith("by the end", StringComparison.Ordinal) || (!d.Value.StartsWith("by", StringComparison.Ordinal) && !d.Value.StartsWith("before", StringComparison.Ordinal))))
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
            var verbPattern = options.Obligations is not null ? WordLists.Alternation(options.Verbs) + @"|\p{Ll}+" : WordLists.Alternation(options.Verbs);
            // The subject's last word, or the comma closing an apposition ("The strike, called by three unions, must").
            var pattern = @"\G(?<subject>[\p{L}\d'’-]+|,)\s+(?<modal>\b(?:" + WordLists.Alternation(options.Modals) + @"))\s+(?:(?<adverb>then|also|still|again|first|now)\s+)?(?<verb>" + verbPattern + @")\b";
            return new WrongModalRule(info, RegexFactory.Build(pattern), options.Modals, options.Verbs, options.Obligations);
        }
    }
}
