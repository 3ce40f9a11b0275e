using System.Text.Json;
using System.Text.Json.Serialization;

namespace Translation.Quality.Tagging;

/// <summary>
/// <c>tqa tagger eval --format json</c>, source-generated (no reflection, for AOT). The names come
/// from the records' attributes, so the bytes are those the reflection serializer wrote.
/// </summary>
[JsonSerializable(typeof(TaggerEvaluation))]
internal sealed partial class TaggingJsonContext : JsonSerializerContext
{
    /// <summary>The indented form, the default one's options otherwise.</summary>
    public static TaggingJsonContext Indented { get; } = new(new JsonSerializerOptions { WriteIndented = true });
}
