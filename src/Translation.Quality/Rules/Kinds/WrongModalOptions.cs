using System.Collections.Frozen;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: wrong-modal</c>, read and checked when the pack loads.</summary>
/// <param name="Modals">The modals a source "is due to" comes out as (default: must).</param>
/// <param name="Verbs">The scheduled-event verbs after them (travel, visit, be held…); a default list when not given.</param>
public sealed record WrongModalOptions(FrozenSet<string> Modals, FrozenSet<string> Verbs)
{
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
        new(WordLists.Set(parameters, "modals", defaults: ["must"]), WordLists.Set(parameters, "verbs", defaults: DefaultVerbs));
}
