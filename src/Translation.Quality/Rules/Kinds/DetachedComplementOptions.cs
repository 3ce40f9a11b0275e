using System.Collections.Frozen;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: detached-complement</c>, read and checked when the pack loads.</summary>
/// <param name="Heads">Title heads whose complement can be pushed away ("minister"; required, not empty).</param>
/// <param name="Verbs">Verbs that come between head and complement (said, met…); a default list when not given.</param>
/// <param name="Bodies">
/// Institutions ("department", "board"): heads as well ("the department announced on Tuesday of Health"), and
/// the nouns a lower-case complement cut off before a "that" clause must end in ("declared on Monday of the
/// board that…"); a default list when not given.
/// </param>
public sealed record DetachedComplementOptions(FrozenSet<string> Heads, FrozenSet<string> Verbs, FrozenSet<string> Bodies)
{
    private static readonly string[] DefaultVerbs =
    [
        "said", "told", "wrote", "spoke", "met", "gave", "took", "went", "came", "saw", "made", "held", "sent", "left", "felt",
        "hailed", "welcomed", "praised", "reacted", "assured", "announced", "declared", "stressed", "warned", "added", "insisted",
        "explained", "confirmed", "indicated", "estimated", "judged", "deplored", "regretted", "noted", "argued", "claimed",
        "flown", "gone", "come", "spoken", "written", "given", "taken", "made", "met", "sent", "said", "told",
    ];

    private static readonly string[] DefaultBodies =
    [
        "ministry", "department", "office", "agency", "authority", "board", "committee", "commission", "council", "court",
        "federation", "union", "association", "party", "club", "league", "company", "group", "consortium", "foundation",
        "institute", "chamber", "assembly", "parliament", "senate", "government", "directorate", "secretariat", "bank",
    ];

    /// <summary>The options a rule's parameters give, or null when they cannot make a rule (the errors say why, located).</summary>
    public static DetachedComplementOptions? Read(YamlMap parameters)
    {
        var heads = WordLists.Set(parameters, "heads", required: true);
        var verbs = WordLists.Set(parameters, "verbs", defaults: DefaultVerbs);
        var bodies = WordLists.Set(parameters, "bodies", defaults: DefaultBodies);
        return heads.Count == 0 ? null : new DetachedComplementOptions(heads, verbs, bodies);
    }
}
