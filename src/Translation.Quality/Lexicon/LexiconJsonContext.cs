using System.Text.Json.Serialization;

namespace Translation.Quality.Lexicon;

/// <summary>The lexicon builder's JSON inputs (stopwords-iso: language → words), source-generated for AOT.</summary>
[JsonSerializable(typeof(Dictionary<string, string[]>))]
internal sealed partial class LexiconJsonContext : JsonSerializerContext;
