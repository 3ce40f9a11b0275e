using System.Globalization;
using System.Text;
using Translation.Quality.Results;

namespace Translation.Quality.Reports;

/// <summary>
/// <c>report.md</c>: the summary a desk engineer reads first, then one row per article, then the
/// findings of the first articles that have any (the JSON and HTML reports have all of them).
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <summary>Articles whose findings are written out in full; the rest are counted in the table.</summary>
    public const int MaxDetailedArticles = 200;

    /// <summary>Findings listed in full per article; the rest are counted.</summary>
    public const int MaxFindingsPerArticle = 100;

    private readonly string _path;
    private readonly StringBuilder _rows = new();
    private readonly StringBuilder _details = new();
    private int _detailed;
    private int _withFindings;
    private readonly StringBuilder _unverified = new();
    private int _unverifiedListed;

    public MarkdownReportWriter(string outputDirectory)
    {
        _path = Path.Combine(outputDirectory, "report.md");
    }

    public string Format => "md";

    public string OutputPath => _path;

    public void WriteArticle(ArticleResult result)
    {
        var a = result.Article;
        var status = result.Status == ArticleStatus.Error ? "**error**" : result.Mqm?.Pass == false ? "**fail**" : result.Status == ArticleStatus.Unchanged ? "unchanged" : "pass";
        _rows.Append(CultureInfo.InvariantCulture, $"| {Cell(a.Id)} | {Cell(a.Pair)} | {result.Words} | {(result.Mqm is { } m ? m.Score.ToString("0.0", CultureInfo.InvariantCulture) : "–")} | {status} | {result.Findings.Count} |\n");

        if (result.Diagnostics.Count > 0 || result.Findings.Count > 0)
        {
            _withFindings++;
        }

        if (result.Verification is { Verified: false } v && _unverifiedListed < MaxDetailedArticles)
        {
            _unverifiedListed++;
            _unverified.Append(CultureInfo.InvariantCulture, $"| {Cell(a.Id)} | {Cell(v.Reason ?? "–")} |\n");
        }

        if ((result.Findings.Count == 0 && result.Diagnostics.Count == 0) || _detailed >= MaxDetailedArticles)
        {
            return;
        }

        _detailed++;
        _details.Append(CultureInfo.InvariantCulture, $"\n### {Inline(a.Id)}\n\n{Inline(a.Path)} · {Inline(a.Pair)}");
        if (result.Mqm is { } mqm)
        {
            _details.Append(CultureInfo.InvariantCulture, $" · MQM {mqm.Score:0.0} (penalty {mqm.Penalty:0.#} per 1000 words, {(mqm.Pass ? "pass" : "fail")})");
        }

        if (result.Verification is { } verification)
        {
            _details.Append(verification.Verified ? " · verified by the Translator" : " · **not verified** by the Translator");
        }

        _details.Append("\n\n");
        foreach (var d in result.Diagnostics)
        {
            _details.Append(CultureInfo.InvariantCulture, $"- ⚠ {Inline(d.Code)} ({Inline(d.Stage)}): {Inline(d.Message)}\n");
        }

        // A pathological article can carry tens of thousands of findings: list the first ones, count the rest.
        var listed = Math.Min(result.Findings.Count, MaxFindingsPerArticle);
        for (var i = 0; i < listed; i++)
        {
            var f = result.Findings[i];
            var change = result.History is { } h && i < h.Changes.Count && h.Changes[i] == FindingChange.New ? "*new* · " : string.Empty;
            _details.Append(CultureInfo.InvariantCulture, $"- {change}**{Inline(f.Text)}** — {Inline(f.Class)}, {f.Severity.ToString().ToLowerInvariant()} ({Inline(f.Rule)}): {Inline(f.Message)}");
            if (f.Suggestion is not null)
            {
                _details.Append(CultureInfo.InvariantCulture, $" Suggestion: *{Inline(f.Suggestion)}*.");
            }

            foreach (var note in f.Annotations)
            {
                _details.Append(CultureInfo.InvariantCulture, $" {Inline(note)}");
            }

            _details.Append(CultureInfo.InvariantCulture, $"\n  > {Highlight(f.Sentence, f.Text)}\n");
            if (f.Source is { } source && result.Article.SourceText is { } sourceText)
            {
                // The source sentence with the compared span in bold, by offset (the same words may occur twice).
                var around = Alignment.SourceContext.SentenceAround(sourceText, result.Article.SourceLanguage, source);
                var line = around.Length == 0 ? $"**{Inline(source.Text)}**"
                    : $"{Inline(sourceText[around.Start..source.Start])}**{Inline(sourceText[source.Start..source.End])}**{Inline(sourceText[source.End..around.End])}";
                _details.Append(CultureInfo.InvariantCulture, $"  >\n  > Source ({Inline(result.Article.SourceLanguage)}): {line}\n");
            }
        }

        if (result.Findings.Count > listed)
        {
            _details.Append(CultureInfo.InvariantCulture, $"- *{result.Findings.Count - listed} more findings in this article; see report.json.*\n");
        }
    }

    public async Task CompleteAsync(RunSummary summary, CancellationToken cancellationToken)
    {
        var md = new StringBuilder();
        md.Append("# tqa report\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Generated {summary.StartedAt:yyyy-MM-dd HH:mm} UTC in {summary.Elapsed.TotalSeconds:0.##} s.");
        if (summary.Interrupted)
        {
            md.Append(" **The run was interrupted: this report covers only the articles finished before it stopped.**");
        }

        md.Append("\n\n");
        md.Append(summary.ThresholdBreaches.Count == 0
            ? "**Quality threshold: met.**\n\n"
            : "**Quality threshold: broken.** " + string.Join("; ", summary.ThresholdBreaches.Select(Inline)) + ".\n\n");

        md.Append("| articles | checked | unchanged | errors | passed | failed | words | findings |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.Append(CultureInfo.InvariantCulture, $"| {summary.Articles} | {summary.Checked} | {summary.Unchanged} | {summary.Errors} | {summary.Passed} | {summary.Failed} | {summary.Words} | {summary.Findings} |\n\n");

        if (summary.Translator is { } cost)
        {
            md.Append("## Translator\n\n");
            md.Append(CultureInfo.InvariantCulture, $"{summary.Verified} articles verified, {summary.Unverified} not verified. {cost.CharactersSent:N0} characters sent in {cost.Requests} requests ({cost.FailedRequests} failed), {cost.CharactersFromCache:N0} characters served from the cache.\n\n");
            if (_unverified.Length > 0)
            {
                md.Append("| not verified | why |\n|---|---|\n").Append(_unverified);
                if (summary.Unverified > _unverifiedListed)
                {
                    md.Append(CultureInfo.InvariantCulture, $"\n*{summary.Unverified - _unverifiedListed} more; see report.json.*\n");
                }

                md.Append('\n');
            }
        }

        if (summary.History is { } history)
        {
            AppendHistory(md, history);
        }

        AppendCounts(md, "Findings by class", "class", summary.ByClass);
        AppendCounts(md, "Findings by severity", "severity", summary.BySeverity);
        AppendCounts(md, "Findings by rule", "rule", summary.ByRule);

        // Summed over the threads that ran each stage: together they can exceed the run's wall time, so say which is which.
        md.Append(CultureInfo.InvariantCulture, $"## Time per stage\n\nProcessor seconds (CPU s) per stage, summed over the threads that ran it; the run took {summary.Elapsed.TotalSeconds:0.###} s of wall time.\n\n| stage | CPU s |\n|---|---:|\n");
        foreach (var (stage, time) in summary.StageTimes)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Cell(stage)} | {time.TotalSeconds:0.###} |\n");
        }

        md.Append("\n## Articles\n\n| id | pair | words | MQM | status | findings |\n|---|---|---:|---:|---|---:|\n");
        md.Append(_rows);
        md.Append("\n## Findings\n");
        md.Append(_details);
        if (_withFindings > _detailed)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n*{_withFindings - _detailed} more articles have findings; see report.json.*\n");
        }

        await using var file = new AtomicFile(_path);
        var bytes = Encoding.UTF8.GetBytes(md.ToString());
        await file.Stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await file.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes since the previous versions, suppressions, feeds against their thresholds, and recent nights.</summary>
    private static void AppendHistory(StringBuilder md, HistorySummary history)
    {
        md.Append(CultureInfo.InvariantCulture, $"Since the articles' previous versions: {history.New} new findings, {history.Carried} carried, {history.Resolved} resolved; {history.Suppressed} suppressed (dismissed in review).\n\n");
        if (history.Feeds.Count > 0)
        {
            md.Append("## Feeds\n\n| feed | articles | checked | unchanged | errors | passed | failed | findings | suppressed | threshold |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
            foreach (var f in history.Feeds)
            {
                var threshold = f.Breaches.Count == 0 ? "met" : "**broken**: " + string.Join("; ", f.Breaches.Select(Cell));
                md.Append(CultureInfo.InvariantCulture, $"| {Cell(f.Name)} | {f.Articles} | {f.Checked} | {f.Unchanged} | {f.Errors} | {f.Passed} | {f.Failed} | {f.Findings} | {f.Suppressed} | {threshold} |\n");
            }

            md.Append('\n');
        }

        if (history.Trend.Count == 0)
        {
            return;
        }

        var nights = history.Trend.Select(t => t.Night).Distinct(StringComparer.Ordinal).Count();
        md.Append(CultureInfo.InvariantCulture, $"## Last {nights} nights\n\n| night | feed | articles | words | findings | critical | major | minor | MQM pass rate | Translator characters |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var t in history.Trend)
        {
            var rate = t.PassRate is { } r ? (100 * r).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "–";
            md.Append(CultureInfo.InvariantCulture, $"| {t.Night} | {Cell(t.Feed)} | {t.Articles} | {t.Words} | {t.Findings} | {t.Critical} | {t.Major} | {t.Minor} | {rate} | {t.TranslatorCharacters} |\n");
        }

        md.Append('\n');
    }

    private static void AppendCounts(StringBuilder md, string title, string column, IReadOnlyDictionary<string, int> counts)
    {
        if (counts.Count == 0)
        {
            return;
        }

        md.Append(CultureInfo.InvariantCulture, $"## {title}\n\n| {column} | findings |\n|---|---:|\n");
        foreach (var (key, value) in counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Cell(key)} | {value} |\n");
        }

        md.Append('\n');
    }

    private static string Highlight(string sentence, string text)
    {
        var i = sentence.IndexOf(text, StringComparison.Ordinal);
        return i < 0 ? Inline(sentence) : $"{Inline(sentence[..i])}**{Inline(text)}**{Inline(sentence[(i + text.Length)..])}";
    }

    /// <summary>
    /// Feed text shows as the text it is: no link, image, emphasis, heading, HTML or entity of its
    /// own (an id "![i](http://…)" rendered a remote image), and no line break out of its line.
    /// </summary>
    internal static string Inline(string s)
    {
        var text = new StringBuilder(s.Length + 16);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                // GitHub's Markdown links bare URLs ("http://…", "www.…"): a split keeps them text.
                case ':' when s.AsSpan(i).StartsWith("://"):
                case '.' when i >= 3 && s.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase):
                    text.Append('\\').Append(c);
                    break;
                case '\r' or '\n':
                    text.Append(' ');
                    break;
                case '&':
                    text.Append("&amp;");
                    break;
                case '<':
                    text.Append("&lt;");
                    break;
                case '>':
                    text.Append("&gt;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '!' or '|' or '~':
                    text.Append('\\').Append(c);
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }

    private static string Cell(string s) => Inline(s);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
