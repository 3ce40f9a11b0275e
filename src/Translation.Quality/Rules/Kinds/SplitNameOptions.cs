using System.Collections.Frozen;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: split-name</c>, read and checked when the pack loads.</summary>
/// <param name="GivenNames">Given names (required), with the first word of every entry in <paramref name="Names"/>.</param>
/// <param name="PlaceNouns">Lower-case nouns of places and bodies (required).</param>
/// <param name="Particles">Surname particles (von, de, ibn…); a default list when not given.</param>
/// <param name="Names">Multi-word names, each split into its words.</param>
/// <param name="MaxInserted">How many words may be pushed inside a name: 1 to 6, default 3.</param>
/// <param name="LexiconGivenNames">
/// Whether a word the English lexicon lists only capitalised and WordNet does not know (a given name
/// such as "Vicente", not a city such as "Lyon") counts as a given name beside <paramref name="GivenNames"/>.
/// </param>
public sealed record SplitNameOptions(FrozenSet<string> GivenNames, FrozenSet<string> PlaceNouns, FrozenSet<string> Particles, IReadOnlyList<string[]> Names, int MaxInserted, bool LexiconGivenNames)
{
    private static readonly string[] DefaultParticles = ["von", "van", "de", "du", "des", "del", "della", "di", "da", "le", "la", "ibn", "bin", "al"];

    /// <summary>The options a rule's parameters give; problems go to their error sink, located.</summary>
    public static SplitNameOptions Read(YamlMap parameters)
    {
        var given = WordLists.Set(parameters, "givenNames", required: true);
        var places = WordLists.Set(parameters, "placeNouns", required: true);
        var particles = WordLists.Set(parameters, "particles", defaults: DefaultParticles);
        var names = (parameters.StringList("names") ?? []).Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 1).ToList();
        var maxInserted = parameters.Int("maxInserted", 1, 6) ?? 3;
        var lexiconGivenNames = parameters.Bool("lexiconGivenNames") ?? false;
        return new SplitNameOptions(given.Union(names.Select(n => n[0])).ToFrozenSet(StringComparer.Ordinal), places, particles, names, maxInserted, lexiconGivenNames);
    }
}
