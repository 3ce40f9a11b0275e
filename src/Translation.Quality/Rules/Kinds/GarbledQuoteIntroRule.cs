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

    private GarbledQuoteIntroRule(RuleInfo info, Regex regex)
    {
        Info = info;
        _regex = regex;
    }

    public RuleInfo Info { get; }

    public void Check(RuleContext context)
    {
        foreach (Match m in _regex.Matches(context.Text))
        {
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
                @"(?<intro>\b(?:" + WordLists.Alternation(verbs) + @")(?:\s+(?:(?:on|to|in|with|at)\s+)?(?:the\s+)?\p{Lu}[\p{L}\d.'’-]*(?:\s+\p{Lu}[\p{L}\d.'’-]*){0,3})?)" +
                @"\s+(?<quote>[“""«])\s?(?=(?<stance>" + WordLists.Alternation(stances) + @")\b)";
            return new GarbledQuoteIntroRule(info, new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250)));
        }
    }
}
