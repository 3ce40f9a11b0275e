using System.Text.Json;
using System.Text.Json.Serialization;

namespace Translation.Quality.Tagging;

/// <summary>
/// Result of <see cref="TaggerEvaluator"/>. Serialises to
/// <c>{"tokens", "accuracy", "perTag", "propnAccuracy", "sentenceInitialCapitalAccuracy", ...}</c>.
/// </summary>
public sealed record TaggerEvaluation(
    [property: JsonPropertyName("tokens")] int Tokens,
    [property: JsonPropertyName("accuracy")] double Accuracy,
    [property: JsonPropertyName("perTag")] IReadOnlyDictionary<string, TagScore> PerTag,
    [property: JsonPropertyName("propnTokens")] int PropnTokens,
    [property: JsonPropertyName("propnAccuracy")] double PropnAccuracy,
    [property: JsonPropertyName("sentenceInitialCapitalTokens")] int SentenceInitialCapitalTokens,
    [property: JsonPropertyName("sentenceInitialCapitalAccuracy")] double SentenceInitialCapitalAccuracy)
{
    public string ToJson(bool indented = true) => JsonSerializer.Serialize(this, (indented ? TaggingJsonContext.Indented : TaggingJsonContext.Default).TaggerEvaluation);
}
