using System.Collections.Frozen;
using Translation.Quality.Lexicon;
using Translation.Quality.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: title-order</c> — the source's noun-adjective order kept in English: "the minister
/// German of Finance", "the candidate Peronist". After a determiner, a title (<c>titles</c>)
/// directly followed by a nationality or party adjective (<c>adjectives</c>), then a complement
/// ("of Finance"), and then a comma, a name, a full stop or a verb — not a noun the adjective could
/// belong to ("the minister French troops escorted"). The suggestion puts the adjective first.
/// <c>rankAdjectives</c> are lower-case rank and domain adjectives the source puts after the title
/// ("the director regional of health", "the secretary general adjoint"); <c>englishOrder</c> lists
/// the pairs English itself postposes ("secretary general", "president elect"). With
/// <c>animacy: wordnet</c> any noun that names a person in the WordNet lexicon is a title head too,
/// so the list need not foresee every office; complements may be lower-case ("of health").
/// </summary>
internal sealed class TitleOrderRule : IRule
{
    private static readonly FrozenSet<string> Determiners = new[] { "the", "a", "an", "its", "his", "her", "their" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Linkers = new[] { "of", "for", "to", "at", "in" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Inner = new[] { "and", "of", "for", "the" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Followers = new[] { "who", "which", "said", "says", "has", "had", "was", "is", "will", "would", "and" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Premodifiers = new[] { "former", "new", "then", "outgoing", "acting", "interim", "late", "future", "incoming", "current" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenSet<string> _titles;
    private readonly FrozenSet<string> _adjectives;
    private readonly FrozenSet<string> _ranks;
    private readonly FrozenSet<string> _englishOrder;
    private readonly AnimacyLexicon? _lexicon;

    private TitleOrderRule(RuleInfo info, TitleOrderOptions options)
    {
        Info = info;
        _titles = options.Titles;
        _adjectives = options.Adjectives;
        _ranks = options.Ranks ?? FrozenSet<string>.Empty;
        _englishOrder = options.EnglishOrder ?? FrozenSet<string>.Empty;
        _lexicon = options.Lexicon;
    }

    private bool IsTitle(string word) => _titles.Contains(word) || (_lexicon is not null && _lexicon.Of(word) == Animacy.Person);

    private bool AdjectiveOrRank(string text, Token token) => In(_adjectives, text, token) || In(_ranks, text, token);

    private static bool In(FrozenSet<string> set, string text, Token token) =>
        set.Count > 0 && (set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) ? lookup.Contains(token.Slice(text)) : set.Contains(token.GetText(text)));

    public RuleInfo Info { get; }

    public void Check(RuleContext context)
    {
        var analysis = context.Analysis;
        var tokens = analysis.Tokens;
        var text = context.Text;
        foreach (var sentence in analysis.Sentences)
        {
            for (var i = sentence.FirstToken + 1; i + 1 < sentence.EndToken; i++)
            {
                // One- or two-word titles: "minister", "prime minister".
                var titleStart = i;
                var titleEnd = i + 1;

                // The adjective after a one- or two-word title is checked first: it is a lookup without a
                // string, and most lower-case words have none after them (a string per word was most of
                // what the rule allocated).
                if (tokens[i].Shape != TokenShape.Lower || !(AdjectiveOrRank(text, tokens[i + 1]) || (i + 2 < sentence.EndToken && AdjectiveOrRank(text, tokens[i + 2])))
                    || !IsTitle(tokens[i].GetText(text)))
                {
                    continue;
                }

                if (i + 2 < sentence.EndToken && _titles.Contains(text[tokens[i].Start..tokens[i + 1].End]))
                {
                    titleEnd = i + 2;
                }
                else if (i - 1 > sentence.FirstToken && _titles.Contains(text[tokens[i - 1].Start..tokens[i].End]))
                {
                    titleStart = i - 1;
                }

                // "the former striker Senegalese": a word of time or rank may stand between determiner and title.
                var before = titleStart - 1;
                if (before > sentence.FirstToken && Premodifiers.Contains(tokens[before].GetText(text)))
                {
                    before--;
                }

                if (!Determiners.Contains(tokens[before].GetText(text)) || titleEnd >= sentence.EndToken)
                {
                    continue;
                }

                var adj = tokens[titleEnd];
                var adjText = adj.GetText(text);
                var rank = _ranks.Contains(adjText) && adj.Shape == TokenShape.Lower;
                if (adj.Kind != TokenKind.Word || !(_adjectives.Contains(adjText) || rank))
                {
                    continue;
                }

                // "the secretary general", "the president elect": English's own order.
                var pair = text[tokens[titleStart].Start..adj.End];
                if (_englishOrder.Contains(pair) || _englishOrder.Contains(tokens[titleEnd - 1].GetText(text) + " " + adjText))
                {
                    // "the secretary general adjoint": a rank after the English pair is still the source's order.
                    // ("the consul general Ukrainian"): so is a nationality after it.
                    if (titleEnd + 1 < sentence.EndToken && ((_ranks.Contains(tokens[titleEnd + 1].GetText(text)) && tokens[titleEnd + 1].Shape == TokenShape.Lower) || _adjectives.Contains(tokens[titleEnd + 1].GetText(text))))
                    {
                        titleEnd++;
                        adj = tokens[titleEnd];
                        adjText = adj.GetText(text);
                        rank = true;
                    }
                    else
                    {
                        continue;
                    }
                }

                // Optional complement: "of Finance", "for the Environment and Energy".
                var end = titleEnd + 1;
                if (end + 1 < sentence.EndToken && Linkers.Contains(tokens[end].GetText(text)))
                {
                    var k = end + 1;
                    if (k < sentence.EndToken && tokens[k].GetText(text) == "the")
                    {
                        k++;
                    }

                    var last = -1;
                    while (k < sentence.EndToken && (tokens[k].Shape == TokenShape.Capitalised || (Inner.Contains(tokens[k].GetText(text)) && last > 0)))
                    {
                        if (tokens[k].Shape == TokenShape.Capitalised)
                        {
                            last = k;
                        }

                        k++;
                    }

                    // A lower-case complement, one or two nouns: "of health", "for public works".
                    if (last < 0 && analysis.HasTagger)
                    {
                        for (var n = 0; n < 2 && k < sentence.EndToken && tokens[k].Shape == TokenShape.Lower && analysis.TagOf(k) is PosTag.NOUN or PosTag.ADJ; n++, k++)
                        {
                            last = analysis.TagOf(k) == PosTag.NOUN ? k : last;
                        }
                    }

                    if (last > 0)
                    {
                        end = last + 1;
                    }
                }

                if (end < sentence.EndToken)
                {
                    var next = tokens[end];
                    var nextText = next.GetText(text);
                    var ok = next.Kind == TokenKind.Punctuation || next.Shape == TokenShape.Capitalised || Followers.Contains(nextText)
                        || (analysis.HasTagger && analysis.TagOf(end) is PosTag.VERB or PosTag.AUX && nextText.EndsWith("ed", StringComparison.Ordinal));
                    if (!ok)
                    {
                        continue;
                    }
                }

                var title = text[tokens[titleStart].Start..tokens[titleEnd - 1].End];
                var adjective = adjText;
                var complement = end > titleEnd + 1 ? text[tokens[titleEnd].End..tokens[end - 1].End] : string.Empty;
                context.Report(tokens[titleStart].Start, tokens[end - 1].End, $"{Info.Message} English puts '{adjective}' before '{title}'.", $"{adjective} {title}{complement}");
                i = end - 1;
            }
        }
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "title-order";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            TitleOrderOptions.Read(parameters) is { } options ? new TitleOrderRule(info, options) : null;
    }
}
