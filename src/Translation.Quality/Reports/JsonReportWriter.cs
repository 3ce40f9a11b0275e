using System.Text.Encodings.Web;
using System.Text.Json;
using Translation.Quality.Results;

namespace Translation.Quality.Reports;

/// <summary>
/// <c>report.json</c>, the contract other tools parse (see design.md). Streamed article by article;
/// bump <see cref="SchemaVersion"/> on any incompatible change.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const string SchemaVersion = "1.0";

    private readonly AtomicFile _file;
    private readonly Utf8JsonWriter _json;
    private bool _completed;

    public JsonReportWriter(string outputDirectory, string toolVersion, DateTimeOffset generatedAt)
    {
        _file = new AtomicFile(Path.Combine(outputDirectory, "report.json"));
        _json = new Utf8JsonWriter(_file.Stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartObject();
        _json.WriteString("schemaVersion", SchemaVersion);
        _json.WriteStartObject("tool");
        _json.WriteString("name", "tqa");
        _json.WriteString("version", toolVersion);
        _json.WriteEndObject();
        _json.WriteString("generatedAt", generatedAt);
        _json.WriteStartArray("articles");
    }

    public string Format => "json";

    public string OutputPath => _file.Path;

    public void WriteArticle(ArticleResult result)
    {
        var a = result.Article;
        var j = _json;
        j.WriteStartObject();
        j.WriteString("id", a.Id);
        j.WriteString("path", a.Path);
        j.WriteString("status", result.Status.ToString().ToLowerInvariant());
        j.WriteString("sourceLanguage", a.SourceLanguage);
        j.WriteString("targetLanguage", a.TargetLanguage);
        if (a.Feed is not null)
        {
            j.WriteString("feed", a.Feed);
        }

        if (result.History?.Position is { } position)
        {
            j.WriteNumber("position", position);
        }

        j.WriteNumber("words", result.Words);
        Reports.SummaryJson.WriteMqm(j, result.Mqm);

        j.WriteStartArray("findings");
        for (var i = 0; i < result.Findings.Count; i++)
        {
            var f = result.Findings[i];
            j.WriteStartObject();
            j.WriteString("rule", f.Rule);
            j.WriteString("class", f.Class);
            j.WriteString("category", f.Category);
            j.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
            j.WriteNumber("start", f.Start);
            j.WriteNumber("end", f.End);
            j.WriteString("text", f.Text);
            j.WriteString("sentence", f.Sentence);
            j.WriteString("message", f.Message);
            if (f.Suggestion is null)
            {
                j.WriteNull("suggestion");
            }
            else
            {
                j.WriteString("suggestion", f.Suggestion);
            }

            j.WriteString("fingerprint", f.Fingerprint);
            if (f.Source is { } source)
            {
                // Schema 1.x, additive: what a bilingual finding compared, offsets into the source text as read.
                j.WriteStartObject("source");
                j.WriteNumber("start", source.Start);
                j.WriteNumber("end", source.End);
                j.WriteString("text", source.Text);
                j.WriteEndObject();
            }

            if (result.History is { } history)
            {
                j.WriteString("change", FindingChangeNames.Name(i < history.Changes.Count ? history.Changes[i] : FindingChange.New));
            }

            j.WriteEndObject();
        }

        j.WriteEndArray();
        if (result.Verification is { } verification)
        {
            j.WriteStartObject("verification");
            j.WriteBoolean("verified", verification.Verified);
            if (verification.Reason is null)
            {
                j.WriteNull("reason");
            }
            else
            {
                j.WriteString("reason", verification.Reason);
            }

            j.WriteEndObject();
        }

        if (result.History is { } h)
        {
            j.WriteStartArray("resolved");
            foreach (var fp in h.Resolved)
            {
                j.WriteStringValue(fp);
            }

            j.WriteEndArray();
        }

        SummaryJson.WriteDiagnostics(j, result.Diagnostics);
        j.WriteEndObject();
        if (j.BytesPending > 1 << 16)
        {
            j.Flush();
        }
    }

    public async Task CompleteAsync(RunSummary summary, CancellationToken cancellationToken)
    {
        var j = _json;
        j.WriteEndArray();
        j.WriteStartObject("summary");
        SummaryJson.WriteTotals(j, summary);
        j.WriteBoolean("thresholdBroken", summary.ThresholdBreaches.Count > 0);
        if (summary.Translator is { } cost)
        {
            j.WriteStartObject("translator");
            j.WriteNumber("charactersSent", cost.CharactersSent);
            j.WriteNumber("charactersFromCache", cost.CharactersFromCache);
            j.WriteNumber("requests", cost.Requests);
            j.WriteNumber("meteredCharacters", cost.MeteredCharacters);
            j.WriteNumber("failedRequests", cost.FailedRequests);
            j.WriteNumber("verified", summary.Verified);
            j.WriteNumber("unverified", summary.Unverified);
            j.WriteEndObject();
        }

        if (summary.History is { } history)
        {
            WriteHistory(j, history);
        }

        j.WriteEndObject();
        j.WriteEndObject();
        await j.FlushAsync(cancellationToken).ConfigureAwait(false);
        await j.DisposeAsync().ConfigureAwait(false);
        _completed = true;
        await _file.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Only when the run keeps history, so plain checks keep their report byte for byte.</summary>
    private static void WriteHistory(Utf8JsonWriter j, HistorySummary history)
    {
        j.WriteNumber("suppressed", history.Suppressed);
        j.WriteStartObject("changes");
        j.WriteNumber("new", history.New);
        j.WriteNumber("carried", history.Carried);
        j.WriteNumber("resolved", history.Resolved);
        j.WriteEndObject();
        if (history.Night is not null)
        {
            j.WriteString("night", history.Night);
        }

        if (history.Shard is not null)
        {
            j.WriteString("shard", history.Shard);
        }

        if (history.Feeds.Count == 0)
        {
            return;
        }

        j.WriteStartArray("feeds");
        foreach (var feed in history.Feeds)
        {
            j.WriteStartObject();
            j.WriteString("name", feed.Name);
            j.WriteNumber("articles", feed.Articles);
            j.WriteNumber("checked", feed.Checked);
            j.WriteNumber("unchanged", feed.Unchanged);
            j.WriteNumber("errors", feed.Errors);
            j.WriteNumber("passed", feed.Passed);
            j.WriteNumber("failed", feed.Failed);
            j.WriteNumber("words", feed.Words);
            j.WriteNumber("findings", feed.Findings);
            j.WriteNumber("suppressed", feed.Suppressed);
            SummaryJson.WriteCounts(j, "bySeverity", feed.BySeverity);
            SummaryJson.WriteCounts(j, "byClass", feed.ByClass);
            j.WriteStartObject("thresholds");
            j.WriteNumber("maxFailingShare", feed.MaxFailingShare);
            j.WriteNumber("maxCritical", feed.MaxCritical);
            j.WriteEndObject();
            j.WriteBoolean("thresholdBroken", feed.Breaches.Count > 0);
            j.WriteStartArray("thresholdBreaches");
            foreach (var b in feed.Breaches)
            {
                j.WriteStringValue(b);
            }

            j.WriteEndArray();
            j.WriteEndObject();
        }

        j.WriteEndArray();
    }


    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            await _json.DisposeAsync().ConfigureAwait(false);
        }

        await _file.DisposeAsync().ConfigureAwait(false);
    }
}
