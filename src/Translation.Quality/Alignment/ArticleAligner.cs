using Translation.Quality.Documents;
using Translation.Quality.Text;

namespace Translation.Quality.Alignment;

/// <summary>
/// Aligns an article's source text to its sentences: XLIFF units as they are, otherwise paragraphs
/// first (by length, so a merged or split paragraph costs one link, not the rest of the article),
/// then sentences inside each paragraph link with <see cref="LengthAligner"/>. A source it cannot
/// use (empty, huge, in another language, aligning badly) is a warning diagnostic on the article;
/// the monolingual checks run either way.
/// </summary>
public static class ArticleAligner
{
    /// <summary>Above this the source is not aligned: no wire article's original is this long.</summary>
    public const int MaxSourceChars = 1_000_000;

    /// <summary>Sentence pairs one paragraph link may compare (the dynamic programme is quadratic).</summary>
    private const long MaxCells = 4_000_000;

    /// <summary>A 1–1 link costing more than this, where sentence counts differ, may be off by one.</summary>
    private const double DoubtfulCost = 8;

    public static BilingualText? Align(Article article, Sentence[] targetSentences, List<Diagnostic> diagnostics)
    {
        var source = article.SourceText;
        if (source is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            diagnostics.Add(Warning("TQ210", "the source text is empty; the bilingual checks did not run"));
            return null;
        }

        if (source.Length > MaxSourceChars || source.Length > 5 * article.Text.Length + 20_000)
        {
            diagnostics.Add(Warning("TQ211", $"the source text is too large to align ({source.Length:N0} characters for a translation of {article.Text.Length:N0}); the bilingual checks did not run"));
            return null;
        }

        if (SourceLanguageCue.Contradicts(source, article.SourceLanguage) is { } other)
        {
            diagnostics.Add(Warning("TQ212", $"the source text reads as {other}, not {article.SourceLanguage} as declared; the bilingual checks did not run"));
            return null;
        }

        var units = Units(article, out var badly);
        if (badly is not null)
        {
            diagnostics.Add(Warning("TQ213", badly));
        }

        // The article's own length ratio, held near a translation's usual one: a translation that lost a sentence
        // must not look like one whose language simply runs shorter.
        var ratio = Math.Clamp((double)article.Text.Length / source.Length, 0.85, 1.2);
        var links = new List<AlignmentLink>();
        var next = 0;
        foreach (var unit in units)
        {
            var src = new List<TextSpan>();
            foreach (var p in unit.Source)
            {
                src.AddRange(SourceSentenceSplitter.Split(source, article.SourceLanguage, p.Start, p.End));
            }

            // Units come in target order, so one pass over the sentences serves them all.
            var tgt = new List<int>();
            if (unit.Target.Count > 0)
            {
                while (next < targetSentences.Length && targetSentences[next].Start < unit.Target[0].Start)
                {
                    next++;
                }

                for (; next < targetSentences.Length && targetSentences[next].Start < unit.Target[^1].End; next++)
                {
                    if (!IsBlank(article.Text, targetSentences[next]))
                    {
                        tgt.Add(next);
                    }
                }
            }

            if ((long)src.Count * tgt.Count > MaxCells)
            {
                diagnostics.Add(Warning("TQ211", $"a paragraph has too many sentences to align ({src.Count:N0} source, {tgt.Count:N0} target); its bilingual checks did not run"));
                continue;
            }

            var unequal = src.Count != tgt.Count;
            var anchors = new SharedAnchors(source, src, article.Text, [.. tgt.Select(t => new TextSpan(targetSentences[t].Start, targetSentences[t].End))]);
            var found = LengthAligner.Align([.. src.Select(s => s.Length)], [.. tgt.Select(t => targetSentences[t].End - targetSentences[t].Start)], ratio, anchors.Between);
            foreach (var l in found)
            {
                var low = unit.Doubtful || (l.SourceCount == 2 && l.TargetCount == 2) || (unequal && l.SourceCount == 1 && l.TargetCount == 1 && l.Cost > DoubtfulCost);
                links.Add(new AlignmentLink([.. tgt.Skip(l.TargetFrom).Take(l.TargetCount)], [.. src.Skip(l.SourceFrom).Take(l.SourceCount)], l.Cost, low));
            }
        }

        return new BilingualText(source, article.SourceLanguage, links, targetSentences.Length);
    }

    /// <summary>Groups of source and target ranges that translate each other.</summary>
    private static List<Unit> Units(Article article, out string? badly)
    {
        badly = null;
        var source = article.SourceText!;
        if (article.Alignment.Count > 0)
        {
            // XLIFF: each unit's source sits in the joined source text in unit order.
            var units = new List<Unit>();
            var cursor = 0;
            foreach (var segment in article.Alignment)
            {
                var at = segment.Source.Length == 0 ? -1 : source.IndexOf(segment.Source, cursor, StringComparison.Ordinal);
                var src = at < 0 ? new List<TextSpan>() : [new TextSpan(at, at + segment.Source.Length)];
                cursor = at < 0 ? cursor : at + segment.Source.Length;
                units.Add(new Unit(src, [new TextSpan(segment.TargetStart, segment.TargetEnd)], false));
            }

            return units;
        }

        var sp = Paragraphs(source);
        var tp = Paragraphs(article.Text);
        var doubtful = false;
        if (Math.Abs(sp.Count - tp.Count) > Math.Max(2, Math.Max(sp.Count, tp.Count) / 3))
        {
            badly = $"the source has {sp.Count} paragraphs and the translation {tp.Count}; the alignment is doubtful and the bilingual checks are quieter";
            doubtful = true;
        }

        if ((long)sp.Count * tp.Count > MaxCells)
        {
            return [new Unit(sp, tp, true)];
        }

        var ratio = Math.Clamp((double)article.Text.Length / source.Length, 0.85, 1.2);
        var links = LengthAligner.Align([.. sp.Select(p => p.Length)], [.. tp.Select(p => p.Length)], ratio);
        return [.. links.Select(l => new Unit(
            [.. sp.Skip(l.SourceFrom).Take(l.SourceCount)],
            [.. tp.Skip(l.TargetFrom).Take(l.TargetCount)],
            doubtful || (l.SourceCount > 0 && l.TargetCount > 0 && (l.SourceCount != 1 || l.TargetCount != 1))))];
    }

    /// <summary>Non-blank lines: feeds separate paragraphs by one or more line breaks.</summary>
    public static List<TextSpan> Paragraphs(string text)
    {
        var result = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var s = start;
                var e = i;
                while (s < e && char.IsWhiteSpace(text[s]))
                {
                    s++;
                }

                while (e > s && char.IsWhiteSpace(text[e - 1]))
                {
                    e--;
                }

                if (e > s)
                {
                    result.Add(new TextSpan(s, e));
                }

                start = i + 1;
            }
        }

        return result;
    }

    private static bool IsBlank(string text, Sentence s) => text.AsSpan(s.Start, s.End - s.Start).IsWhiteSpace();

    private static Diagnostic Warning(string code, string message) => new(code, "align", message, IsError: false);

    /// <param name="Doubtful">The paragraphs did not pair one to one: every link inside is low-confidence.</param>
    private sealed record Unit(List<TextSpan> Source, List<TextSpan> Target, bool Doubtful);
}
