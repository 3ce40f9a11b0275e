using System.Collections.Frozen;
using Translation.Quality.Lexicon;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: title-order</c>, read and checked when the pack loads.</summary>
/// <param name="Titles">Lower-case titles (minister, president…; required).</param>
/// <param name="Adjectives">Nationality and party adjectives, as written (required, not empty).</param>
/// <param name="Ranks">Lower-case rank and domain adjectives the source puts after a title (regional, adjoint…).</param>
/// <param name="EnglishOrder">Title and adjective pairs English itself postposes (secretary general…).</param>
/// <param name="Lexicon">With <c>animacy: wordnet</c>, any WordNet person noun is a title head too; else null.</param>
public sealed record TitleOrderOptions(FrozenSet<string> Titles, FrozenSet<string> Adjectives, FrozenSet<string>? Ranks = null, FrozenSet<string>? EnglishOrder = null, AnimacyLexicon? Lexicon = null)
{
    /// <summary>The options a rule's parameters give, or null when they cannot make a rule (the errors say why, located).</summary>
    public static TitleOrderOptions? Read(YamlMap parameters)
    {
        var titles = WordLists.Set(parameters, "titles", required: true);
        var adjectives = (parameters.StringList("adjectives") ?? []).ToFrozenSet(StringComparer.Ordinal);
        if (adjectives.Count == 0)
        {
            parameters.Error(parameters.Node, "missing required key 'adjectives' (nationality and party adjectives)");
            return null;
        }

        var ranks = (parameters.StringList("rankAdjectives") ?? []).ToFrozenSet(StringComparer.Ordinal);
        var englishOrder = WordLists.Set(parameters, "englishOrder");
        var animacy = parameters.String("animacy");
        if (animacy is not null and not "wordnet")
        {
            parameters.Error(parameters.Find("animacy")!, $"'animacy' must be 'wordnet' (the WordNet-derived lexicon), not '{animacy}'");
        }

        return titles.Count == 0 ? null : new TitleOrderOptions(titles, adjectives, ranks, englishOrder, animacy == "wordnet" ? AnimacyLexicon.Default : null);
    }
}
