namespace Translation.Quality.Evaluation;

/// <summary>What <c>tqa eval</c> measures on a gold folder.</summary>
public sealed record EvaluationReport
{
    public int Articles { get; init; }

    public int CleanArticles { get; init; }

    public long Words { get; init; }

    public long CleanWords { get; init; }

    public required ClassCounts Overall { get; init; }

    public required IReadOnlyDictionary<string, ClassCounts> ByClass { get; init; }

    public required IReadOnlyDictionary<string, RuleCounts> ByRule { get; init; }

    /// <summary>Recall per annotated type within a class, keyed "class/type" ("word-order/swap"); empty when the gold set has no types.</summary>
    public IReadOnlyDictionary<string, TypeCounts> ByType { get; init; } = new Dictionary<string, TypeCounts>();

    /// <summary>Findings on clean articles (all of them false alarms).</summary>
    public int CleanFalseAlarms { get; init; }

    public double FalseAlarmsPer1000CleanWords => CleanWords == 0 ? 0 : Math.Round(CleanFalseAlarms * 1000.0 / CleanWords, 3);

    public required IReadOnlyList<EvaluationMiss> Misses { get; init; }

    public required IReadOnlyList<EvaluationFalseAlarm> FalseAlarms { get; init; }

    /// <summary>Articles the pipeline could not check (they count as all missed).</summary>
    public required IReadOnlyList<string> Errors { get; init; }
}

/// <param name="Defects">Annotated defects of the class.</param>
/// <param name="Detected">Defects overlapped by a finding of the same class.</param>
/// <param name="Findings">Findings of the class.</param>
/// <param name="Correct">Findings that overlap a defect of the same class.</param>
public sealed record ClassCounts(int Defects, int Detected, int Findings, int Correct)
{
    public double Recall => Defects == 0 ? 1 : Math.Round((double)Detected / Defects, 4);

    public double Precision => Findings == 0 ? 1 : Math.Round((double)Correct / Findings, 4);
}

/// <param name="Defects">Annotated defects of the type.</param>
/// <param name="Detected">Of those, the ones a finding of their class overlaps.</param>
public sealed record TypeCounts(int Defects, int Detected)
{
    public double Recall => Defects == 0 ? 1 : Math.Round((double)Detected / Defects, 4);
}

/// <param name="Findings">Findings of the rule.</param>
/// <param name="Correct">Of those, the ones that overlap a defect of the rule's class.</param>
public sealed record RuleCounts(string Class, int Findings, int Correct)
{
    public double Precision => Findings == 0 ? 1 : Math.Round((double)Correct / Findings, 4);
}

public sealed record EvaluationMiss(string ArticleId, string Class, int Start, int End, string Text, string Sentence);

/// <param name="OtherClass">The class of an annotated defect the finding overlaps, when it is not its own.</param>
public sealed record EvaluationFalseAlarm(string ArticleId, string Rule, string Class, int Start, int End, string Text, string Sentence, string Message, string? OtherClass);
