using System.Collections.Frozen;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: garbled-quote-intro</c>, read and checked when the pack loads.</summary>
/// <param name="Verbs">Speech verbs that introduce a quotation (said, told…); a default list when not given.</param>
/// <param name="Stances">Adjectives of a speaker's stance (confident, convinced…); a default list when not given.</param>
public sealed record GarbledQuoteIntroOptions(FrozenSet<string> Verbs, FrozenSet<string> Stances)
{
    private static readonly string[] DefaultVerbs =
    [
        "said", "told", "declared", "wrote", "published", "posted", "stated", "added", "explained", "assured", "affirmed", "tweeted",
        "indicated", "stressed", "insisted", "announced", "commented", "replied", "responded", "reacted", "confided", "warned",
        "noted", "argued", "estimated", "judged", "claimed", "admitted", "promised", "repeated", "reiterated", "recalled", "maintained",
        "asserted", "acknowledged", "conceded", "vowed", "pledged", "hammered", "lamented", "regretted", "welcomed", "denounced",
        "deplored", "considered", "underlined", "affirms", "says", "insists", "stresses", "assures", "described", "rejected", "called",
        "qualified", "termed", "deemed", "branded", "labelled", "labeled", "describes", "calls", "rejects",
    ];

    private static readonly string[] DefaultStances =
    [
        "confident", "convinced", "certain", "sure", "satisfied", "happy", "pleased", "determined", "proud", "hopeful", "optimistic",
        "worried", "concerned", "persuaded", "ready", "eager", "delighted", "saddened", "shocked", "outraged", "favourable",
        "favorable", "opposed", "resolved", "glad", "honoured", "honored", "sorry", "tired", "disappointed", "surprised", "grateful",
        "thankful", "angry", "furious", "relieved", "unhappy", "sad", "fed", "keen", "anxious", "afraid", "aware", "unable", "willing",
    ];

    /// <summary>The options a rule's parameters give; problems go to their error sink, located.</summary>
    public static GarbledQuoteIntroOptions Read(YamlMap parameters) =>
        new(WordLists.Set(parameters, "verbs", defaults: DefaultVerbs), WordLists.Set(parameters, "stances", defaults: DefaultStances));
}
