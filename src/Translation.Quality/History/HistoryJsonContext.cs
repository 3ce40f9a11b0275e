using System.Text.Json.Serialization;

namespace Translation.Quality.History;

/// <summary>
/// The JSON the history file keeps in its text columns (resolved fingerprints, an article's
/// diagnostics, a night's findings per class, a check's sentence bounds), source-generated: no reflection, so the history works
/// under AOT. Default options, so the bytes are those the reflection serializer wrote before it.
/// </summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(int[]))]
[JsonSerializable(typeof(List<StoredDiagnostic>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, int>))]
[JsonSerializable(typeof(Dictionary<string, int>))]
internal sealed partial class HistoryJsonContext : JsonSerializerContext;
