using System.Text.Json.Serialization;

namespace Translation.Quality.Translator;

/// <summary>
/// The dictionary entries a lookup keeps between its batch and its answer, source-generated so the
/// Translator works under AOT. Default options: the bytes are those the reflection serializer wrote.
/// </summary>
[JsonSerializable(typeof(DictionaryLookupItem))]
internal sealed partial class TranslatorCacheJsonContext : JsonSerializerContext;
