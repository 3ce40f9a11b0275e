using Translation.Quality.Yaml;
using YamlDotNet.RepresentationModel;

namespace Translation.Quality.Rules.Kinds;

/// <summary>The parameters of <c>kind: phrase-list</c>, read and checked when the pack loads.</summary>
/// <remarks>Internal, unlike the plain-valued options records: it holds the phrases expanded into their inflected variants.</remarks>
/// <param name="Phrases">Each phrase (required, one at least; plain, or a map with its own message, suggestion and word context), expanded.</param>
/// <param name="IgnoreCase">Default true.</param>
/// <param name="WholeWord">A phrase matches only at word boundaries (default true).</param>
/// <param name="MaxGap">The most words a "..." in a phrase may stand for, 1–6 (default 3).</param>
internal sealed record PhraseListOptions(IReadOnlyList<PhraseListRule.Phrase> Phrases, bool IgnoreCase, bool WholeWord, int MaxGap)
{
    /// <summary>The options a rule's parameters give, or null when they cannot make a rule (the errors say why, located).</summary>
    public static PhraseListOptions? Read(YamlMap parameters)
    {
        var ignoreCase = parameters.Bool("ignoreCase") ?? true;
        var wholeWord = parameters.Bool("wholeWord") ?? true;
        var maxGap = parameters.Int("maxGap", 1, 6) ?? 3;
        var shared = WordContext.Read(parameters);
        var list = parameters.Sequence("phrases", required: true);
        if (list is null)
        {
            return null;
        }

        var phrases = new List<PhraseListRule.Phrase>(list.Children.Count);
        foreach (var item in list.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } plain })
            {
                AddExpanded(phrases, plain, null, null, shared);
                continue;
            }

            var map = parameters.Wrap(item, "a phrase");
            if (map is null)
            {
                continue;
            }

            var text = map.String("phrase", required: true);
            var message = map.String("message");
            var suggestion = map.String("suggestion");
            var own = WordContext.Read(map);
            map.RejectUnknownKeys("a phrase");
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            AddExpanded(phrases, text, message, suggestion, own.IsEmpty ? shared : own.Merge(shared));
        }

        if (phrases.Count == 0)
        {
            parameters.Error(list, "'phrases' must list at least one phrase");
            return null;
        }

        return new PhraseListOptions(phrases, ignoreCase, wholeWord, maxGap);
    }

    private static void AddExpanded(List<PhraseListRule.Phrase> phrases, string text, string? message, string? suggestion, WordContext context)
    {
        var (first, rest) = PhraseListRule.Expand(text);
        foreach (var variant in first)
        {
            phrases.Add(new PhraseListRule.Phrase(variant, message, suggestion, context, rest));
        }
    }
}
