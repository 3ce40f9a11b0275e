using System.Collections.Frozen;
using Translation.Quality.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: title-order</c> — the source's noun-adjective order kept in English: "the minister
/// German of Finance", "the candidate Peronist". After a determiner, a title (<c>titles</c>)
/// directly followed by a nationality or party adjective (<c>adjectives</c>), then a complement
/// ("of Finance"), and then a comma, a name, a full stop or a verb — not a noun the adjective could
/// belong to ("the minister French troops escorted"). The suggestion puts the adjective first.
/// </summary>
internal sealed class TitleOrderRule : IRule
{
    private static readonly FrozenSet<string> Determiners = new[] { "the", "a", "an", "its", "his", "her", "their" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Linkers = new[] { "of", "for", "to", "at", "in" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Inner = new[] { "and", "of", "for", "the" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Followers = new[] { "who", "which", "said", "says", "has", "had", "was", "is", "will", "would", "and" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenSet<string> _titles;
    private readonly FrozenSet<string> _adjectives;

    private TitleOrderRule(RuleInfo info, TitleOrderOptions options)
    {
        Info = info;
        _titles = options.Titles;
        _adjectives = options.Adjectives;
    }

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
                if (!_titles.Contains(tokens[i].GetText(text)) || tokens[i].Shape != TokenShape.Lower)
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

                if (!Determiners.Contains(tokens[titleStart - 1].GetText(text)) || titleEnd >= sentence.EndToken)
                {
                    continue;
                }

                var adj = tokens[titleEnd];
                if (adj.Kind != TokenKind.Word || !_adjectives.Contains(adj.GetText(text)))
                {
                    continue;
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

                    if (last > 0)
                    {
                        end = last + 1;
                    }
                }

                if (end < sentence.EndToken)
                {
                    var next = tokens[end];
                    var nextText = next.GetText(text);
                    var ok = next.Kind == TokenKind.Punctuation || next.Shape == TokenShape.Capitalised || Followers.Contains(nextText);
                    if (!ok)
                    {
                        continue;
                    }
                }

                var title = text[tokens[titleStart].Start..tokens[titleEnd - 1].End];
                var adjective = adj.GetText(text);
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
