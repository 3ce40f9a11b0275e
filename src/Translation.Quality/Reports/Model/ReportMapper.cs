using Translation.Quality.Documents;
using Translation.Quality.Results;

namespace Translation.Quality.Reports.Model;

/// <summary>Results to the report model and back: the one place that knows how a result appears in report.json.</summary>
public static class ReportMapper
{
    public static ReportArticle Article(ArticleResult result)
    {
        var a = result.Article;
        var history = result.History;
        var findings = new ReportFinding[result.Findings.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            var f = result.Findings[i];
            findings[i] = new ReportFinding
            {
                Rule = f.Rule,
                Class = f.Class,
                Category = f.Category,
                Severity = SeverityName(f.Severity),
                Start = f.Start,
                End = f.End,
                Text = f.Text,
                Sentence = f.Sentence,
                Message = f.Message,
                Suggestion = f.Suggestion,
                Fingerprint = f.Fingerprint,
                Annotations = f.Annotations.Count > 0 ? f.Annotations : null,
                Source = f.Source is { } source ? new ReportSource(source.Start, source.End, source.Text) : null,
                Change = history is null ? null : FindingChangeNames.Name(i < history.Changes.Count ? history.Changes[i] : FindingChange.New),
            };
        }

        return new ReportArticle
        {
            Id = a.Id,
            Path = a.Path,
            Status = result.Status.ToString().ToLowerInvariant(),
            SourceLanguage = a.SourceLanguage,
            TargetLanguage = a.TargetLanguage,
            Feed = a.Feed,
            Position = history?.Position,
            Words = result.Words,
            Mqm = Mqm(result.Mqm),
            Findings = findings,
            Verification = result.Verification is { } v ? new ReportVerification(v.Verified, v.Reason) : null,
            Resolved = history?.Resolved,
            Diagnostics = Diagnostics(result.Diagnostics),
        };
    }

    public static ReportSummary Summary(RunSummary summary)
    {
        var history = summary.History;
        return Totals(summary, new ReportSummary
        {
            ThresholdBroken = summary.ThresholdBreaches.Count > 0,
            Translator = summary.Translator is { } cost
                ? new ReportTranslator(cost.CharactersSent, cost.CharactersFromCache, cost.Requests, cost.MeteredCharacters, cost.FailedRequests, cost.PossiblyBilledCharacters, summary.Verified, summary.Unverified)
                : null,
            Suppressed = history?.Suppressed,
            Changes = history is null ? null : new ReportChanges(history.New, history.Carried, history.Resolved),
            Night = history?.Night,
            Shard = history?.Shard,
            Feeds = history is { Feeds.Count: > 0 } ? [.. history.Feeds.Select(Feed)] : null,
            Diagnostics = summary.Diagnostics.Count > 0 ? Diagnostics(summary.Diagnostics) : null,
        });
    }

    /// <summary>The run's totals on a summary of either kind (report.json's or the HTML page's).</summary>
    public static T Totals<T>(RunSummary summary, T target)
        where T : ReportTotals => target with
        {
            Articles = summary.Articles,
            Checked = summary.Checked,
            Unchanged = summary.Unchanged,
            Errors = summary.Errors,
            Passed = summary.Passed,
            Failed = summary.Failed,
            Words = summary.Words,
            Characters = summary.Characters,
            Findings = summary.Findings,
            ByClass = summary.ByClass,
            BySeverity = summary.BySeverity,
            ByRule = summary.ByRule,
            StageSeconds = summary.StageTimes.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value.TotalSeconds, 4), StringComparer.Ordinal),
            ElapsedSeconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
            Interrupted = summary.Interrupted,
            ThresholdBreaches = summary.ThresholdBreaches,
        };

    public static ReportMqm? Mqm(MqmResult? mqm) => mqm is null ? null : new ReportMqm(mqm.Penalty, mqm.Score, mqm.Pass);

    public static IReadOnlyList<ReportDiagnostic> Diagnostics(IReadOnlyList<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => new ReportDiagnostic(d.Code, d.Stage, d.IsError ? "error" : "warning", d.Message))];

    /// <summary>An article as a report read back from disk gives it (merge): no text, what report.json keeps of the rest.</summary>
    public static ArticleResult ToResult(ReportArticle a)
    {
        var status = a.Status switch
        {
            "unchanged" => ArticleStatus.Unchanged,
            "error" => ArticleStatus.Error,
            _ => ArticleStatus.Checked,
        };
        var findings = a.Findings.Select(f => new Finding
        {
            Rule = f.Rule,
            Class = f.Class,
            Category = f.Category,
            Severity = Enum.Parse<Severity>(f.Severity, ignoreCase: true),
            Start = f.Start,
            End = f.End,
            Text = f.Text,
            Sentence = f.Sentence,
            Message = f.Message,
            Suggestion = f.Suggestion,
            Fingerprint = f.Fingerprint,
            Annotations = f.Annotations ?? [],
            Source = f.Source is { } source ? new SourceSpan(source.Start, source.End, source.Text) : null,
        }).ToList();
        var history = a.Resolved is null ? null : new ArticleHistory
        {
            Changes = [.. a.Findings.Select(f => f.Change == "carried" ? FindingChange.Carried : FindingChange.New)],
            Resolved = a.Resolved,
            Position = a.Position,
        };
        return new ArticleResult
        {
            Article = new Article
            {
                Id = a.Id,
                Path = a.Path,
                SourceLanguage = a.SourceLanguage,
                TargetLanguage = a.TargetLanguage,
                Feed = a.Feed,
                Text = string.Empty,
            },
            Status = status,
            Findings = findings,
            Diagnostics = [.. a.Diagnostics.Select(d => new Diagnostic(d.Code, d.Stage, d.Message, d.Severity == "error"))],
            Words = a.Words,
            Mqm = a.Mqm is { } m ? new MqmResult(m.Penalty, m.Score, m.Pass) : null,
            History = history,
        };
    }

    private static ReportFeed Feed(FeedRunSummary feed) => new()
    {
        Name = feed.Name,
        Articles = feed.Articles,
        Checked = feed.Checked,
        Unchanged = feed.Unchanged,
        Errors = feed.Errors,
        Passed = feed.Passed,
        Failed = feed.Failed,
        Words = feed.Words,
        Findings = feed.Findings,
        Suppressed = feed.Suppressed,
        BySeverity = feed.BySeverity,
        ByClass = feed.ByClass,
        Thresholds = new ReportThresholds(feed.MaxFailingShare, feed.MaxCritical),
        ThresholdBroken = feed.Breaches.Count > 0,
        ThresholdBreaches = feed.Breaches,
    };

    private static string SeverityName(Severity severity) => severity.ToString().ToLowerInvariant();
}
