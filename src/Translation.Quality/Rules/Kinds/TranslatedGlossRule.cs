using System.Text.RegularExpressions;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: translated-gloss</c> — a parenthetical gloss carried over word for word from the source:
/// "Saint-Benoît (East)", "Navoi (Centre)". Source agencies locate a place with a bracketed region;
/// English copy writes "in the east" or "in eastern …". Flags a <c>glosses</c> word in brackets
/// right after a capitalised name.
/// </summary>
internal sealed class TranslatedGlossRule : IRule
{
    private readonly Regex _regex;

    private TranslatedGlossRule(RuleInfo info, Regex regex)
    {
        Info = info;
        _regex = regex;
    }

    public RuleInfo Info { get; }

    public void Check(RuleContext context)
    {
        foreach (Match m in _regex.Matches(context.Text))
        {
            var gloss = m.Groups["gloss"].Value.ToLowerInvariant();
            var where = gloss is "centre" or "center" or "central" ? "the centre" : $"the {gloss}";
            context.Report(m.Index, m.Index + m.Length, $"{Info.Message} Say where it is in words: 'in {where} of the country'.", $"in {where}");
        }
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "translated-gloss";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context)
        {
            if (TranslatedGlossOptions.Read(parameters) is not { } options)
            {
                return null;
            }

            var pattern = @"(?<=\p{Lu}[\p{L}'’.-]*\s?)\((?<gloss>" + WordLists.Alternation(options.Glosses) + @")\)";
            return new TranslatedGlossRule(info, RegexFactory.Build(pattern, RegexOptions.IgnoreCase));
        }
    }
}
