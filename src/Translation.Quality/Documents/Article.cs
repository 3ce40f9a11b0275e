namespace Translation.Quality.Documents;

/// <summary>
/// One article as read from a feed. <see cref="Text"/> is kept exactly as read (after BOM removal),
/// because every finding's offsets point into it.
/// </summary>
public sealed record Article
{
    public required string Id { get; init; }

    /// <summary>Where the article came from: a file path, or "file:line" for JSONL, "file#unit" for XLIFF.</summary>
    public required string Path { get; init; }

    public required string SourceLanguage { get; init; }

    public required string TargetLanguage { get; init; }

    public required string Text { get; init; }

    /// <summary>The source-language original, when the feed is bilingual.</summary>
    public string? SourceText { get; init; }

    public string? Feed { get; init; }

    public DateTimeOffset? Published { get; init; }

    /// <summary>Bilingual alignment (XLIFF units, or paragraphs) with offsets into <see cref="Text"/>.</summary>
    public IReadOnlyList<AlignedSegment> Alignment { get; init; } = [];

    /// <summary>Position of the article in the input stream; reports keep this order.</summary>
    public long Sequence { get; init; }

    /// <summary>"fr-en" style pair name.</summary>
    public string Pair => $"{SourceLanguage}-{TargetLanguage}";
}

/// <summary>A source segment aligned to a target range of the article text.</summary>
public sealed record AlignedSegment(string Id, int TargetStart, int TargetEnd, string Source);
