using System.Collections.Frozen;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: title-order</c>, read and checked when the pack loads.</summary>
/// <param name="Titles">Lower-case titles (minister, president…; required).</param>
/// <param name="Adjectives">Nationality and party adjectives, as written (required, not empty).</param>
public sealed record TitleOrderOptions(FrozenSet<string> Titles, FrozenSet<string> Adjectives)
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

        return titles.Count == 0 ? null : new TitleOrderOptions(titles, adjectives);
    }
}
