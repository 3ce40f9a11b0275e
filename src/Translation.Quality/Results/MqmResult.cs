namespace Translation.Quality.Results;

/// <param name="Penalty">Severity-weighted penalty points per 1000 words.</param>
/// <param name="Score">MQM quality score: 100 × (1 − absolute penalty / words), floored at 0.</param>
/// <param name="Pass">Whether the penalty stays within the configured threshold.</param>
public sealed record MqmResult(double Penalty, double Score, bool Pass);
