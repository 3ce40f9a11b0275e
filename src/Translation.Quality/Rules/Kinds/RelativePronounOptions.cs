using System.Collections.Frozen;
using Translation.Quality.Lexicon;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: relative-pronoun</c>, read and checked when the pack loads.</summary>
/// <param name="Pronouns">The pronouns that need a person before them. Default: whom.</param>
/// <param name="PersonNouns">Nouns for people (required, not empty).</param>
/// <param name="ThingNouns">Nouns for things (required without a lexicon).</param>
/// <param name="Lexicon">The WordNet-derived animacy lexicon (<c>animacy: wordnet</c>), or null.</param>
/// <param name="ForPersons"><c>refersTo: person</c>: flag "which" for a person instead of "who"/"whom" for a thing.</param>
public sealed record RelativePronounOptions(FrozenSet<string> Pronouns, FrozenSet<string> PersonNouns, FrozenSet<string> ThingNouns, AnimacyLexicon? Lexicon = null, bool ForPersons = false)
{
    /// <summary>The options a rule's parameters give, or null when they cannot make a rule (the errors say why, located).</summary>
    public static RelativePronounOptions? Read(YamlMap parameters)
    {
        var pronouns = WordLists.Set(parameters, "pronouns", defaults: ["whom"]);
        var animacy = parameters.String("animacy");
        if (animacy is not null and not "wordnet")
        {
            parameters.Error(parameters.Find("animacy")!, $"'animacy' must be 'wordnet' (the WordNet-derived lexicon), not '{animacy}'");
        }

        var refersTo = parameters.String("refersTo") ?? "thing";
        if (refersTo is not ("thing" or "person"))
        {
            parameters.Error(parameters.Find("refersTo")!, $"'refersTo' must be 'thing' (who/whom for a thing) or 'person' (which for a person), not '{refersTo}'");
        }

        var lexicon = animacy == "wordnet" ? AnimacyLexicon.Default : null;
        var persons = WordLists.Set(parameters, "personNouns", required: lexicon is null);
        var things = WordLists.Set(parameters, "thingNouns", required: lexicon is null);
        return persons.Count == 0 && lexicon is null ? null : new RelativePronounOptions(pronouns, persons, things, lexicon, refersTo == "person");
    }
}
