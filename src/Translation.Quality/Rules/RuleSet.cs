using System.Collections.Concurrent;

namespace Translation.Quality.Rules;

/// <summary>All loaded packs; hands each article the rules for its language pair.</summary>
public sealed class RuleSet
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<IRule>> _byPair = new(StringComparer.OrdinalIgnoreCase);

    public RuleSet(IReadOnlyList<RulePack> packs)
    {
        Packs = packs;
    }

    public IReadOnlyList<RulePack> Packs { get; }

    public IEnumerable<IRule> AllRules => Packs.SelectMany(p => p.Rules);

    public IReadOnlyList<IRule> For(string source, string target) =>
        _byPair.GetOrAdd($"{source}-{target}", _ => [.. Packs.Where(p => p.AppliesTo(source, target)).SelectMany(p => p.Rules)]);

    public RulePack? PackOf(IRule rule) => Packs.FirstOrDefault(p => p.Rules.Contains(rule));
}
