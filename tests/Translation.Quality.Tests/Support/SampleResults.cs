using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Pipeline;
using Translation.Quality.Results;
using Translation.Quality.Rules;
using Translation.Quality.Scoring;

namespace Translation.Quality.Tests.Support;

/// <summary>Builds article results by hand, for report writers, without running the pipeline.</summary>
public static class SampleResults
{
    private static readonly MqmScorer Scorer = new(new ScoringOptions());

    /// <summary>A checked article with one finding per flag, each on the first occurrence of its text.</summary>
    public static ArticleResult Checked(string id, string text, params Flag[] flags) => Checked(new Article
    {
        Id = id,
        Path = $"feeds/{id}.txt",
        SourceLanguage = "fr",
        TargetLanguage = "en",
        Text = text,
    }, flags);

    public static ArticleResult Checked(Article article, params Flag[] flags)
    {
        var findings = flags.Select(f => Finding(article.Text, f)).ToList();
        var words = article.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return new ArticleResult
        {
            Article = article,
            Status = ArticleStatus.Checked,
            Findings = findings,
            Words = words,
            Mqm = Scorer.Score(findings, words),
        };
    }

    public static ArticleResult Failed(string id, string path, string message) => new()
    {
        Article = new Article { Id = id, Path = path, SourceLanguage = "und", TargetLanguage = "und", Text = string.Empty },
        Status = ArticleStatus.Error,
        Diagnostics = [new Diagnostic("TQ200", "ingest", message)],
    };

    public static Finding Finding(string text, Flag flag)
    {
        var start = flag.Start ?? text.IndexOf(flag.Text, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{flag.Text}' is not in the text.", nameof(flag));
        }

        var end = start + flag.Text.Length;
        var sentenceStart = Math.Max(0, text.LastIndexOf(". ", start, StringComparison.Ordinal) + 2);
        var sentenceEnd = text.IndexOf(". ", end, StringComparison.Ordinal) is var e and >= 0 ? e + 1 : text.Length;
        var sentence = text[sentenceStart..sentenceEnd];
        return new Finding
        {
            Rule = flag.Rule,
            Class = flag.Class,
            Category = flag.Category,
            Severity = flag.Severity,
            Start = start,
            End = end,
            Text = flag.Text,
            Sentence = sentence,
            Message = flag.Message,
            Suggestion = flag.Suggestion,
            Fingerprint = Fingerprint.Compute(flag.Rule, flag.Text, sentence, start),
        };
    }

    public static RunSummary Summary(IEnumerable<ArticleResult> results, ThresholdOptions? thresholds = null)
    {
        var builder = new RunSummaryBuilder();
        foreach (var r in results)
        {
            builder.Add(r);
        }

        return builder.Build(thresholds ?? new ThresholdOptions(), new Dictionary<string, TimeSpan> { ["check"] = TimeSpan.FromMilliseconds(12) }, TimeSpan.FromSeconds(1.5), false, new DateTimeOffset(2024, 2, 4, 6, 0, 0, TimeSpan.Zero));
    }

    /// <summary>Writes the results through <paramref name="writer"/>, completes it and disposes it; returns the file.</summary>
    public static async Task<string> WriteAsync(IReportWriter writer, IReadOnlyList<ArticleResult> results, RunSummary? summary = null)
    {
        await using (writer)
        {
            foreach (var r in results)
            {
                writer.WriteArticle(r);
            }

            await writer.CompleteAsync(summary ?? Summary(results), CancellationToken.None);
        }

        return writer.OutputPath;
    }
}
