using System.Collections.Frozen;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: relative-pronoun</c>, read and checked when the pack loads.</summary>
/// <param name="Pronouns">The pronouns that need a person before them. Default: whom.</param>
/// <param name="PersonNouns">Nouns for people (required, not empty).</param>
/// <param name="ThingNouns">Nouns for things (required).</param>
public sealed record RelativePronounOptions(FrozenSet<string> Pronouns, FrozenSet<string> PersonNouns, FrozenSet<string> ThingNouns)
{
    /// <summary>The options a rule's parameters give, or null when they cannot make a rule (the errors say why, located).</summary>
    public static RelativePronounOptions? Read(YamlMap parameters)
    {
        var pronouns = WordLists.Set(parameters, "pronouns", defaults: ["whom"]);
        var persons = WordLists.Set(parameters, "personNouns", required: true);
        var things = WordLists.Set(parameters, "thingNouns", required: true);
        return persons.Count == 0 ? null : new RelativePronounOptions(pronouns, persons, things);
    }
}
