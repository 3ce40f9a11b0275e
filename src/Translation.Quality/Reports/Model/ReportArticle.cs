using System.Text.Json.Serialization;

namespace Translation.Quality.Reports.Model;

/// <summary>One article in report.json. Offsets are UTF-16 offsets into the article text exactly as read.</summary>
public sealed record ReportArticle
{
    public required string Id { get; init; }

    public required string Path { get; init; }

    /// <summary>checked, error or unchanged.</summary>
    public required string Status { get; init; }

    public required string SourceLanguage { get; init; }

    public required string TargetLanguage { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Feed { get; init; }

    /// <summary>The article's position in its feed (nightly runs): shard reports merge back in this order.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Position { get; init; }

    public int Words { get; init; }

    /// <summary>Null when the article was not scored.</summary>
    public ReportMqm? Mqm { get; init; }

    public IReadOnlyList<ReportFinding> Findings { get; init; } = [];

    /// <summary>Present only when the verify stage is in the run.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReportVerification? Verification { get; init; }

    /// <summary>Fingerprints the previous version had and this one no longer has; present only when the run keeps history.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Resolved { get; init; }

    public IReadOnlyList<ReportDiagnostic> Diagnostics { get; init; } = [];
}

public sealed record ReportFinding
{
    public required string Rule { get; init; }

    public required string Class { get; init; }

    public required string Category { get; init; }

    /// <summary>minor, major or critical.</summary>
    public required string Severity { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Text { get; init; }

    public required string Sentence { get; init; }

    public required string Message { get; init; }

    /// <summary>Always written; null when the rule has none.</summary>
    public string? Suggestion { get; init; }

    public required string Fingerprint { get; init; }

    /// <summary>Notes beside the finding (the Translator dictionary's verdict on a false friend); absent when there are none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Annotations { get; init; }

    /// <summary>What a bilingual finding compared: offsets into the source text as read (schema 1.x, additive); absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReportSource? Source { get; init; }

    /// <summary>new or carried; present only when the run keeps history.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Change { get; init; }
}

public sealed record ReportSource(int Start, int End, string Text);

public sealed record ReportMqm(double Penalty, double Score, bool Pass);

/// <param name="Reason">Why it was not verified (or what was only partly checked); null when fully verified.</param>
public sealed record ReportVerification(bool Verified, string? Reason);

/// <param name="Severity">error or warning.</param>
public sealed record ReportDiagnostic(string Code, string Stage, string Severity, string Message);
