using Translation.Quality.Lexicon;
using Translation.Quality.Tagging;
using Translation.Quality.WordOrder;

namespace Translation.Quality.Rules;

/// <summary>
/// Shared data a rule loads on first use (a lexicon, a model), named by <paramref name="Key"/> so a run
/// can load each once, all of them side by side, before the first article waits on them one by one.
/// <paramref name="Load"/> forces the same process-wide lazy value the rule reads, so loading early
/// changes nothing but when.
/// </summary>
public sealed record RuleData(string Key, Action Load)
{
    /// <summary>The shipped English tagger's model.</summary>
    public static RuleData Tagger { get; } = new("tagger", static () => _ = PerceptronTagger.Default);

    /// <summary>The shipped English word-order model.</summary>
    public static RuleData WordOrderModel { get; } = new("word-order model", static () => _ = WordOrder.WordOrderModel.Default);

    /// <summary>The lexicon of each language tqa ships one for.</summary>
    public static IReadOnlyList<RuleData> AllLexicons { get; } = [.. Lexicons.Languages.Select(Lexicon)];

    /// <summary>The shipped lexicon of <paramref name="language"/> (nothing to load when tqa ships none).</summary>
    public static RuleData Lexicon(string language) => new("lexicon " + language.ToLowerInvariant(), () => _ = Lexicons.For(language));
}
