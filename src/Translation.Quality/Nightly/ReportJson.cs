using System.Text.Json;
using Translation.Quality.Documents;
using Translation.Quality.Results;

namespace Translation.Quality.Nightly;

/// <summary>Reads back what <see cref="Reports.JsonReportWriter"/> wrote, so shard reports can be merged and rendered again.</summary>
public static class ReportJson
{
    public static ArticleResult ReadArticle(JsonElement a)
    {
        var status = a.GetProperty("status").GetString() switch
        {
            "unchanged" => ArticleStatus.Unchanged,
            "error" => ArticleStatus.Error,
            _ => ArticleStatus.Checked,
        };
        var findings = new List<Finding>();
        var changes = new List<FindingChange>();
        foreach (var f in a.GetProperty("findings").EnumerateArray())
        {
            findings.Add(new Finding
            {
                Rule = f.GetProperty("rule").GetString()!,
                Class = f.GetProperty("class").GetString()!,
                Category = f.GetProperty("category").GetString()!,
                Severity = Enum.Parse<Severity>(f.GetProperty("severity").GetString()!, ignoreCase: true),
                Start = f.GetProperty("start").GetInt32(),
                End = f.GetProperty("end").GetInt32(),
                Text = f.GetProperty("text").GetString()!,
                Sentence = f.GetProperty("sentence").GetString()!,
                Message = f.GetProperty("message").GetString()!,
                Suggestion = f.GetProperty("suggestion").GetString(),
                Fingerprint = f.GetProperty("fingerprint").GetString()!,
                Source = f.TryGetProperty("source", out var src) && src.ValueKind == System.Text.Json.JsonValueKind.Object
                    ? new SourceSpan(src.GetProperty("start").GetInt32(), src.GetProperty("end").GetInt32(), src.GetProperty("text").GetString() ?? string.Empty)
                    : null,
            });
            changes.Add(f.TryGetProperty("change", out var c) && c.GetString() == "carried" ? FindingChange.Carried : FindingChange.New);
        }

        var diagnostics = new List<Diagnostic>();
        foreach (var d in a.GetProperty("diagnostics").EnumerateArray())
        {
            diagnostics.Add(new Diagnostic(d.GetProperty("code").GetString()!, d.GetProperty("stage").GetString()!, d.GetProperty("message").GetString()!, d.GetProperty("severity").GetString() == "error"));
        }

        var mqm = a.GetProperty("mqm");
        ArticleHistory? history = null;
        if (a.TryGetProperty("resolved", out var resolved))
        {
            history = new ArticleHistory
            {
                Changes = changes,
                Resolved = [.. resolved.EnumerateArray().Select(r => r.GetString()!)],
                Position = a.TryGetProperty("position", out var p) ? p.GetInt64() : null,
            };
        }

        return new ArticleResult
        {
            Article = new Article
            {
                Id = a.GetProperty("id").GetString()!,
                Path = a.GetProperty("path").GetString()!,
                SourceLanguage = a.GetProperty("sourceLanguage").GetString()!,
                TargetLanguage = a.GetProperty("targetLanguage").GetString()!,
                Feed = a.TryGetProperty("feed", out var feed) ? feed.GetString() : null,
                Text = string.Empty,
            },
            Status = status,
            Findings = findings,
            Diagnostics = diagnostics,
            Words = a.GetProperty("words").GetInt32(),
            Mqm = mqm.ValueKind == JsonValueKind.Null ? null : new MqmResult(mqm.GetProperty("penalty").GetDouble(), mqm.GetProperty("score").GetDouble(), mqm.GetProperty("pass").GetBoolean()),
            History = history,
        };
    }

    public static Dictionary<string, int> Counts(JsonElement element)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in element.EnumerateObject())
        {
            counts[p.Name] = p.Value.GetInt32();
        }

        return counts;
    }
}
