namespace Translation.Quality.History;

/// <summary>One review decision on a finding's fingerprint: what, who, when and why.</summary>
public sealed record ReviewDecision(string Fingerprint, ReviewDecisionKind Decision, string? Reason, string By, DateTimeOffset At)
{
    /// <summary>The name written to files and the database ("confirmed", "dismissed").</summary>
    public string DecisionName => Name(Decision);

    public static string Name(ReviewDecisionKind kind) => kind == ReviewDecisionKind.Dismissed ? "dismissed" : "confirmed";

    public static ReviewDecisionKind? Parse(string? name) => name switch
    {
        "confirmed" => ReviewDecisionKind.Confirmed,
        "dismissed" => ReviewDecisionKind.Dismissed,
        _ => null,
    };

    /// <summary>Fingerprints are 16 lower-case hex digits (see <see cref="Rules.Fingerprint"/>).</summary>
    public static bool IsFingerprint(string text) =>
        text.Length == 16 && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
