using System.Collections.Frozen;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: wrong-modal</c>, read and checked when the pack loads.</summary>
/// <param name="Modals">The modals a source "is due to" comes out as (default: must).</param>
/// <param name="Verbs">The scheduled-event verbs after them (travel, visit, be held…); a default list when not given.</param>
/// <param name="Obligations">With <c>anyVerb: true</c>, the verbs of obligation that stay quiet (pay, comply…); null: only <paramref name="Verbs"/> count.</param>
public sealed record WrongModalOptions(FrozenSet<string> Modals, FrozenSet<string> Verbs, FrozenSet<string>? Obligations = null)
{
    /// <summary>Verbs that with "must" are an obligation even when a date follows: "must pay by Friday".</summary>
    private static readonly string[] DefaultObligations =
    [
        "pay", "respect", "comply", "confirm", "enrol", "enroll", "sign", "renew", "vacate", "evacuate", "present", "obey", "apply", "submit", "register", "declare", "repay", "reimburse", "refund", "stop", "cease",
        "leave", "quit", "give", "hand", "return", "provide", "ensure", "guarantee", "prove", "justify", "explain", "answer",
        "accept", "do", "make", "be", "have", "not", "never", "always", "absolutely", "now", "urgently", "immediately", "choose", "act",
        "find", "take", "avoid", "prevent", "protect", "keep", "remain", "stay", "wear", "carry", "show", "report", "inform", "notify",
        "obtain", "get", "learn", "understand", "recognise", "recognize", "admit", "change", "improve", "reduce", "cut", "raise",
        "increase", "fight", "work", "try", "help", "support", "save", "prepare", "decide", "think", "remember", "know",
    ];

    private static readonly string[] DefaultVerbs =
    [
        "travel", "visit", "meet", "go", "attend", "arrive", "return", "leave", "address", "sign", "hold", "open", "begin", "start",
        "take place", "be held", "be handed down", "be published", "be announced", "be presented", "be released", "be examined",
        "be voted", "be debated", "be delivered", "be signed", "be completed", "be inaugurated", "present", "announce", "deliver",
        "speak", "testify", "appear", "fly", "head", "chair", "host", "resume", "end", "close", "come", "land", "stop",
        "continue", "pursue", "review", "reach", "examine", "decide", "rule", "vote", "debate", "consider", "discuss", "launch",
        "dock", "enter", "unveil", "inaugurate", "visit", "tour", "land", "take off", "be launched", "be reviewed", "be decided",
    ];

    /// <summary>The options a rule's parameters give; problems go to their error sink, located.</summary>
    public static WrongModalOptions Read(YamlMap parameters) =>
        new(
            WordLists.Set(parameters, "modals", defaults: ["must"]),
            WordLists.Set(parameters, "verbs", defaults: DefaultVerbs),
            (parameters.Bool("anyVerb") ?? false) ? WordLists.Set(parameters, "obligationVerbs", defaults: DefaultObligations) : null);
}
