using System.Collections.Frozen;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: fragment</c>, read and checked when the pack loads.</summary>
/// <param name="Verbless">mode: verbless (a verbless main clause) rather than stray (a token or two left as a sentence).</param>
/// <param name="MaxWords">The longest fragment, 1 to 20 words (default 2 for stray, 8 for verbless).</param>
/// <param name="Allowed">Sentences that may stand alone, as written.</param>
/// <param name="Verbs">Words that make a sentence a clause (case-insensitive); a default list when not given.</param>
public sealed record FragmentOptions(bool Verbless, int MaxWords, FrozenSet<string> Allowed, FrozenSet<string> Verbs)
{
    private static readonly string[] DefaultVerbs =
    [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "said", "says", "will", "would",
        "can", "could", "may", "might", "must", "should", "It", "He", "She", "They", "We", "I", "There", "This", "That",
    ];

    /// <summary>The options a rule's parameters give, or null when they cannot make a rule (the errors say why, located).</summary>
    public static FragmentOptions? Read(YamlMap parameters)
    {
        var mode = parameters.String("mode", required: true);
        if (mode is not null and not ("stray" or "verbless"))
        {
            parameters.Error(parameters.Find("mode")!, $"'mode' must be stray or verbless, not '{mode}'");
            return null;
        }

        var maxWords = parameters.Int("maxWords", 1, 20) ?? (mode == "stray" ? 2 : 8);
        var allowed = (parameters.StringList("allow") ?? []).ToFrozenSet(StringComparer.Ordinal);
        var verbs = (parameters.StringList("verbs") ?? DefaultVerbs).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        return mode is null ? null : new FragmentOptions(mode == "verbless", maxWords, allowed, verbs);
    }
}
