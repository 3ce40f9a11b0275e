namespace Translation.Quality.WordOrder;

/// <summary>
/// What <see cref="WordOrderEvaluator"/> measured on a treebank: false alarms on its clean
/// sentences and recall on copies of them with one synthetic word-order defect each.
/// </summary>
public sealed record WordOrderEvaluation(
    int Sentences,
    long Tokens,
    int FalseAlarms,
    IReadOnlyDictionary<string, WordOrderRecall> Recall,
    double MeanSentenceScore)
{
    public double FalseAlarmsPer1000 => Tokens == 0 ? 0 : FalseAlarms * 1000.0 / Tokens;
}

/// <summary>Corrupted sentences of one defect type, and how many had an issue over the corruption.</summary>
public sealed record WordOrderRecall(int Cases, int Detected)
{
    public double Rate => Cases == 0 ? 0 : (double)Detected / Cases;
}
