using System.Text.RegularExpressions;
using Translation.Quality.Documents;
using Translation.Quality.Text;

namespace Translation.Quality.Translator;

/// <summary>
/// Pairs source sentences with wire sentences when the align stage has not run: by XLIFF unit (or,
/// failing that, by paragraph), then by sentence order inside a unit. A unit whose sentence counts differ is compared whole, so a
/// split or merged sentence never shifts the pairs after it.
/// </summary>
public sealed partial class BilingualAligner : ISourceSentenceAligner
{
    public static BilingualAligner Instance { get; } = new();

    IReadOnlyList<AlignedSentence>? ISourceSentenceAligner.Align(Article article, Sentence[] targetSentences, out string? reason) =>
        Align(article, targetSentences, out reason);

    /// <summary>The pairs, or null (with the reason) when source and target cannot be lined up.</summary>
    public static IReadOnlyList<AlignedSentence>? Align(Article article, Sentence[] targetSentences, out string? reason)
    {
        reason = null;
        if (string.IsNullOrWhiteSpace(article.SourceText))
        {
            reason = "no source text";
            return null;
        }

        var units = new List<(string Source, int Start, int End)>();
        if (article.Alignment.Count > 0)
        {
            units.AddRange(article.Alignment.Select(a => (a.Source, a.TargetStart, a.TargetEnd)));
        }
        else
        {
            var source = Paragraphs(article.SourceText);
            var target = Paragraphs(article.Text);
            if (source.Count == target.Count)
            {
                units.AddRange(source.Zip(target, (s, t) => (article.SourceText[s.Start..s.End], t.Start, t.End)));
            }
            else
            {
                // Paragraphs were merged or split: fall back to the sentence order of the whole text.
                var sourceSentences = SourceSentences(article.SourceText, article.SourceLanguage);
                if (sourceSentences.Count != targetSentences.Length)
                {
                    reason = $"source and target could not be aligned ({source.Count} vs {target.Count} paragraphs, {sourceSentences.Count} vs {targetSentences.Length} sentences)";
                    return null;
                }

                return [.. sourceSentences.Zip(targetSentences, (s, t) => Trimmed(article.Text, s, t.Start, t.End)).OfType<AlignedSentence>()];
            }
        }

        var pairs = new List<AlignedSentence>();
        foreach (var (source, start, end) in units)
        {
            var inUnit = targetSentences.Where(s => s.Start >= start && s.Start < end).ToList();
            if (inUnit.Count == 0 || string.IsNullOrWhiteSpace(source))
            {
                continue;
            }

            var sourceSentences = SourceSentences(source, article.SourceLanguage);
            if (sourceSentences.Count == inUnit.Count)
            {
                pairs.AddRange(sourceSentences.Zip(inUnit, (s, t) => Trimmed(article.Text, s, t.Start, Math.Min(t.End, end))).OfType<AlignedSentence>());
            }
            else if (Trimmed(article.Text, source.Trim(), inUnit[0].Start, Math.Min(inUnit[^1].End, end)) is { } whole)
            {
                pairs.Add(whole);
            }
        }

        return pairs;
    }

    /// <summary>The sentences of a source-language text, split by that language's rules (the align stage's splitter, not the English one).</summary>
    public static List<string> SourceSentences(string text, string language) =>
        [.. Alignment.SourceSentenceSplitter.Split(text, language).Select(s => text[s.Start..s.End].Trim()).Where(s => s.Length > 0)];

    private static AlignedSentence? Trimmed(string text, string source, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > start ? new AlignedSentence(source, start, end) : null;
    }

    /// <summary>Non-blank lines: JSONL feeds separate paragraphs by one or more line breaks.</summary>
    private static List<(int Start, int End)> Paragraphs(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        foreach (Match m in LineBreaks().Matches(text))
        {
            Add(start, m.Index);
            start = m.Index + m.Length;
        }

        Add(start, text.Length);
        return result;

        void Add(int s, int e)
        {
            if (!string.IsNullOrWhiteSpace(text[s..e]))
            {
                result.Add((s, e));
            }
        }
    }

    [GeneratedRegex(@"(\r?\n)+")]
    private static partial Regex LineBreaks();
}
