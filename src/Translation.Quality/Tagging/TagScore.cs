using System.Text.Json.Serialization;

namespace Translation.Quality.Tagging;

/// <summary>Precision, recall and F1 of one tag.</summary>
public sealed record TagScore(
    [property: JsonPropertyName("gold")] int Gold,
    [property: JsonPropertyName("predicted")] int Predicted,
    [property: JsonPropertyName("correct")] int Correct)
{
    [JsonPropertyName("precision")]
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    [JsonPropertyName("recall")]
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    [JsonPropertyName("f1")]
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
