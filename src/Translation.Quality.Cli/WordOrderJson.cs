namespace Translation.Quality.Cli;

/// <summary><c>tqa wordorder eval --format json</c>: false alarms on clean sentences, the thresholds used, recall per damage type.</summary>
internal sealed record WordOrderJson(
    int Sentences,
    long Tokens,
    int FalseAlarms,
    double FalseAlarmsPer1000,
    double MoveThreshold,
    double SwapThreshold,
    double StretchThreshold,
    IReadOnlyDictionary<string, WordOrderRecallJson> Recall);

internal sealed record WordOrderRecallJson(int Cases, int Detected, double Rate);
