using Translation.Quality.Alignment;
using Translation.Quality.Documents;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// One alignment link as a bilingual rule compares it: the target range (article offsets), the
/// source range (source offsets) and the wider ranges of its neighbours (two either side for a
/// low-confidence link), so that a word moved across a sentence boundary, or a sentence pushed one
/// place by the aligner, is still found.
/// </summary>
/// <param name="Untranslated">The target is (nearly) the source itself: comparing it is the untranslated rule's business, no other's.</param>
internal sealed record LinkView(AlignmentLink Link, int Index, TextSpan? Target, TextSpan? Source, TextSpan? WideTarget, TextSpan? WideSource, bool Untranslated)
{
    public bool LowConfidence => Link.LowConfidence;

    /// <summary>A 1–1 link: length and word counts compare directly.</summary>
    public bool OneToOne => Link.Source.Count == 1 && Link.Target.Count == 1;

    /// <summary>Every link of the article, in order (worked out once per article); empty without a bilingual text.</summary>
    public static IReadOnlyList<LinkView> All(RuleContext context) =>
        context.Bilingual is null ? [] : BilingualMemo.Of(context).Views;

    /// <summary>Works the views out; <see cref="BilingualMemo"/> keeps them for the article's other rules.</summary>
    internal static IEnumerable<LinkView> Compute(RuleContext context)
    {
        if (context.Bilingual is not { } bilingual)
        {
            yield break;
        }

        var sentences = context.Analysis.Sentences;
        var links = bilingual.Links;
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            var target = TargetRange(link, sentences);
            var source = bilingual.SourceRange(link);
            TextSpan? wideTarget = target, wideSource = source;
            var reach = link.LowConfidence ? 2 : 1;
            for (var k = Math.Max(0, i - reach); k <= Math.Min(links.Count - 1, i + reach); k++)
            {
                wideTarget = Union(wideTarget, TargetRange(links[k], sentences));
                wideSource = Union(wideSource, bilingual.SourceRange(links[k]));
            }

            var untranslated = target is { } t && source is { } s && BilingualWords.Shared(context.Text, t, bilingual.Source, s) >= 0.7;
            yield return new LinkView(link, i, target, source, wideTarget, wideSource, untranslated);
        }
    }

    private static TextSpan? TargetRange(AlignmentLink link, Text.Sentence[] sentences) =>
        link.Target.Count == 0 ? null : new TextSpan(sentences[link.Target[0]].Start, sentences[link.Target[^1]].End);

    private static TextSpan? Union(TextSpan? a, TextSpan? b) =>
        a is null ? b : b is null ? a : new TextSpan(Math.Min(a.Value.Start, b.Value.Start), Math.Max(a.Value.End, b.Value.End));
}
