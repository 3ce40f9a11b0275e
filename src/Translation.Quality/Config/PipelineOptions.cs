using Translation.Quality.Documents;

namespace Translation.Quality.Config;

/// <summary>Everything <c>pipeline.yaml</c> says, validated and with defaults filled in.</summary>
public sealed record PipelineOptions
{
    /// <summary>The stages a run may declare, in the only order they can run.</summary>
    public static readonly IReadOnlyList<string> KnownStages = ["ingest", "normalise", "segment", "tag", "align", "check", "verify", "score", "report"];

    /// <summary>Where the file came from ("(built-in)" for the embedded default).</summary>
    public string File { get; init; } = "(built-in)";

    public IReadOnlyList<string> Stages { get; init; } = ["ingest", "normalise", "segment", "align", "check", "score", "report"];

    public RuleOptions Rules { get; init; } = new();

    public ScoringOptions Scoring { get; init; } = new();

    public ThresholdOptions Thresholds { get; init; } = new();

    public ReportOptions Reports { get; init; } = new();

    /// <summary>Articles checked at once; 0 = one per core.</summary>
    public int Parallelism { get; init; }

    /// <summary>Languages the language identifier may answer with.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en", "fr", "es", "de"];

    /// <summary>The Azure Translator and the verify stage.</summary>
    public TranslatorOptions Translator { get; init; } = new();

    public HistoryOptions History { get; init; } = new();

    /// <summary>What <c>tqa nightly</c> runs, in this order.</summary>
    public IReadOnlyList<FeedOptions> Feeds { get; init; } = [];

    /// <summary>Where each key the file sets was written ("thresholds.maxCritical" → "pipeline.yaml:12:16"); keys not here are built-in defaults.</summary>
    public IReadOnlyDictionary<string, string> Origins { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

public sealed record RuleOptions
{
    /// <summary>Folders or files of rule packs, relative to pipeline.yaml.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>Load the packs built into tqa as well (true unless switched off).</summary>
    public bool Builtin { get; init; } = true;

    /// <summary>Rule ids switched off for this pipeline.</summary>
    public IReadOnlyList<string> Disable { get; init; } = [];
}

public sealed record ScoringOptions
{
    public IReadOnlyDictionary<Severity, double> Weights { get; init; } = new Dictionary<Severity, double>
    {
        [Severity.Minor] = 1,
        [Severity.Major] = 5,
        [Severity.Critical] = 25,
    };

    /// <summary>An article passes while its penalty per 1000 words stays at or under this.</summary>
    public double MaxPenaltyPer1000Words { get; init; } = 25;
}

public sealed record ThresholdOptions
{
    /// <summary>The run breaks its threshold (exit 1) when more than this share of articles fails MQM.</summary>
    public double MaxFailingShare { get; init; } = 0.25;

    /// <summary>The run breaks its threshold when it has more critical findings than this.</summary>
    public int MaxCritical { get; init; } = int.MaxValue;
}

public sealed record ReportOptions
{
    public IReadOnlyList<string> Formats { get; init; } = ["json", "md"];

    public string Out { get; init; } = "tqa-report";

    public static readonly IReadOnlyList<string> KnownFormats = ["json", "md", "html", "junit"];
}
