using System.Text.Json;
using Translation.Quality.Results;

namespace Translation.Quality.Reports;

/// <summary>Run totals and MQM results as JSON properties: one writer for report.json and the HTML page's data.</summary>
internal static class SummaryJson
{
    /// <summary>Counts, findings by class/severity/rule, time per stage and the threshold verdict.</summary>
    public static void WriteTotals(Utf8JsonWriter j, RunSummary summary)
    {
        j.WriteNumber("articles", summary.Articles);
        j.WriteNumber("checked", summary.Checked);
        j.WriteNumber("unchanged", summary.Unchanged);
        j.WriteNumber("errors", summary.Errors);
        j.WriteNumber("passed", summary.Passed);
        j.WriteNumber("failed", summary.Failed);
        j.WriteNumber("words", summary.Words);
        j.WriteNumber("characters", summary.Characters);
        j.WriteNumber("findings", summary.Findings);
        WriteCounts(j, "byClass", summary.ByClass);
        WriteCounts(j, "bySeverity", summary.BySeverity);
        WriteCounts(j, "byRule", summary.ByRule);
        j.WriteStartObject("stageSeconds");
        foreach (var (stage, time) in summary.StageTimes)
        {
            j.WriteNumber(stage, Math.Round(time.TotalSeconds, 4));
        }

        j.WriteEndObject();
        j.WriteNumber("elapsedSeconds", Math.Round(summary.Elapsed.TotalSeconds, 3));
        j.WriteBoolean("interrupted", summary.Interrupted);
        j.WriteStartArray("thresholdBreaches");
        foreach (var b in summary.ThresholdBreaches)
        {
            j.WriteStringValue(b);
        }

        j.WriteEndArray();
    }

    /// <summary>An article's MQM result, or null when it was not scored.</summary>
    public static void WriteMqm(Utf8JsonWriter j, Results.MqmResult? mqm)
    {
        if (mqm is null)
        {
            j.WriteNull("mqm");
            return;
        }

        j.WriteStartObject("mqm");
        j.WriteNumber("penalty", mqm.Penalty);
        j.WriteNumber("score", mqm.Score);
        j.WriteBoolean("pass", mqm.Pass);
        j.WriteEndObject();
    }

    /// <summary>What went wrong while checking an article, as the reports list it.</summary>
    public static void WriteDiagnostics(Utf8JsonWriter j, IReadOnlyList<Documents.Diagnostic> diagnostics)
    {
        j.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            j.WriteStartObject();
            j.WriteString("code", d.Code);
            j.WriteString("stage", d.Stage);
            j.WriteString("severity", d.IsError ? "error" : "warning");
            j.WriteString("message", d.Message);
            j.WriteEndObject();
        }

        j.WriteEndArray();
    }

    public static void WriteCounts(Utf8JsonWriter j, string name, IReadOnlyDictionary<string, int> counts)
    {
        j.WriteStartObject(name);
        foreach (var (key, value) in counts)
        {
            j.WriteNumber(key, value);
        }

        j.WriteEndObject();
    }
}
