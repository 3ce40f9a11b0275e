using System.Runtime.CompilerServices;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// The span comparison of each fresh translation of an article, worked out once and shared by the
/// fresh-translation kinds (and the verify stage's dictionary judge). Kept beside the article's list
/// of fresh translations and gone with it; an article is checked by one worker at a time.
/// </summary>
internal static class FreshComparisons
{
    private static readonly ConditionalWeakTable<IReadOnlyList<FreshTranslation>, List<(FreshTranslation Pair, IReadOnlyList<SpanDifference> Differences)>> Table = [];

    public static List<(FreshTranslation Pair, IReadOnlyList<SpanDifference> Differences)> Of(string text, IReadOnlyList<FreshTranslation> fresh, string sourceLanguage) =>
        Table.GetValue(fresh, list => [.. list.Select(p => (p, SpanComparer.Compare(text, p.TargetStart, p.TargetEnd, p.Fresh, p.Source, sourceLanguage)))]);

    /// <summary>The differences of one kind in the context's fresh translations; none when it has none (the check stage, monolingual copy).</summary>
    public static IEnumerable<(FreshTranslation Pair, SpanDifference Difference)> Of(RuleContext context, SpanDifferenceKind kind)
    {
        if (context.FreshTranslations is not { Count: > 0 } fresh)
        {
            yield break;
        }

        foreach (var (pair, differences) in Of(context.Text, fresh, context.Bilingual?.SourceLanguage ?? context.Article.SourceLanguage))
        {
            foreach (var d in differences)
            {
                if (d.Kind == kind)
                {
                    yield return (pair, d);
                }
            }
        }
    }

    /// <summary>The rule's message with its placeholders filled: {wire}, {fresh} (the fresh words), {translation}, {source}.</summary>
    public static string Message(string template, FreshTranslation pair, SpanDifference d) => template
        .Replace("{wire}", d.Wire, StringComparison.Ordinal)
        .Replace("{fresh}", d.Fresh, StringComparison.Ordinal)
        .Replace("{translation}", pair.Fresh, StringComparison.Ordinal)
        .Replace("{source}", pair.Source, StringComparison.Ordinal);
}
