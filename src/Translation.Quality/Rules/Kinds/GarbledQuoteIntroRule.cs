using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Translation.Quality.Config;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: garbled-quote-intro</c> — the words that frame a quotation lost in translation: "the
/// governor said on Telegram “confident that…”" (French "se disant confiant que"). A speech verb
/// (<c>verbs</c>), an optional "on X"/"to X", then an opening quote whose first word is a stance
/// adjective (<c>stances</c>: confident, convinced…) — a quote cannot start there in English.
/// </summary>
public sealed class GarbledQuoteIntroRule : IRule
{
    private readonly Regex _regex;
    private readonly FrozenSet<string> _verbs;

    private GarbledQuoteIntroRule(RuleInfo info, Regex regex, FrozenSet<string> verbs)
    {
        Info = info;
        _regex = regex;
        _verbs = verbs;
    }

    public RuleInfo Info { get; }

    public void Check(RuleContext context)
    {
        var text = context.Text;
        if (text.AsSpan().IndexOfAny("“\"«") < 0)
        {
            return;
        }

        var tokens = context.Analysis.Tokens;
        var verbs = _verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = 0; t < tokens.Length; t++)
        {
            if (!verbs.Contains(tokens[t].Slice(text)))
            {
                continue;
            }

            var m = _regex.Match(text, tokens[t].Start);
            if (!m.Success)
            {
                continue;
            }

            var intro = m.Groups["intro"].Value;
            var quote = m.Groups["quote"].Value;
            var stance = m.Groups["stance"].Value;
            context.Report(m.Index, m.Index + m.Length, $"{Info.Message} The quote cannot open on '{stance}': the words that introduce it were lost.", $"{intro} they were {quote}");
        }
    }

    public sealed class Kind : IRuleKind
    {
        private static readonly string[] DefaultVerbs =
        [
            "said", "told", "declared", "wrote", "published", "posted", "stated", "added", "explained", "assured", "affirmed", "tweeted",
            "indicated", "stressed", "insisted", "announced", "commented", "replied", "responded",
        ];

        private static readonly string[] DefaultStances =
        [
            "confident", "convinced", "certain", "sure", "satisfied", "happy", "pleased", "determined", "proud", "hopeful", "optimistic",
            "worried", "concerned", "persuaded", "ready", "eager", "delighted", "saddened", "shocked", "outraged", "favourable",
            "favorable", "opposed", "resolved", "glad", "honoured", "honored", "sorry",
        ];

        public string Name => "garbled-quote-intro";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context)
        {
            var verbs = WordLists.Set(parameters, "verbs", defaults: DefaultVerbs);
            var stances = WordLists.Set(parameters, "stances", defaults: DefaultStances);
            var pattern =
                @"\G(?<intro>(?:" + WordLists.Alternation(verbs) + @")(?:\s+(?:(?:on|to|in|with|at)\s+)?(?:the\s+)?\p{Lu}[\p{L}\d.'’-]*(?:\s+\p{Lu}[\p{L}\d.'’-]*){0,3})?)" +
                @"\s+(?<quote>[“""«])\s?(?=(?<stance>" + WordLists.Alternation(stances) + @")\b)";
            return new GarbledQuoteIntroRule(info, RegexFactory.Build(pattern), verbs);
        }
    }
}
