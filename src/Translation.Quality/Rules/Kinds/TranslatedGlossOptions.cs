using System.Collections.Frozen;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: translated-gloss</c>, read and checked when the pack loads.</summary>
/// <param name="Glosses">The words a parenthetical gloss carried over word for word may be: "(East)" (required, not empty).</param>
public sealed record TranslatedGlossOptions(FrozenSet<string> Glosses)
{
    /// <summary>The options a rule's parameters give, or null when they cannot make a rule (the errors say why, located).</summary>
    public static TranslatedGlossOptions? Read(YamlMap parameters)
    {
        var glosses = WordLists.Set(parameters, "glosses", required: true);
        return glosses.Count == 0 ? null : new TranslatedGlossOptions(glosses);
    }
}
