using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: locale-format</c>, read and checked when the pack loads.</summary>
/// <param name="Checks">The names of the locale checks to run (required; each one tqa knows).</param>
public sealed record LocaleFormatOptions(IReadOnlyList<string> Checks)
{
    /// <summary>The options a rule's parameters give, or null when they cannot make a rule (the errors say why, located).</summary>
    public static LocaleFormatOptions? Read(YamlMap parameters)
    {
        var available = LocaleFormatRule.Available;
        var names = parameters.StringList("checks");
        if (names is null)
        {
            parameters.Error(parameters.Node, $"missing required key 'checks'; expected a list of: {string.Join(", ", available.Keys)}");
            return null;
        }

        var known = new List<string>();
        foreach (var name in names)
        {
            if (available.ContainsKey(name))
            {
                known.Add(name);
            }
            else
            {
                parameters.Error(parameters.Find("checks")!, $"unknown locale check '{name}'; expected one of: {string.Join(", ", available.Keys)}");
            }
        }

        return known.Count == 0 ? null : new LocaleFormatOptions(known);
    }
}
