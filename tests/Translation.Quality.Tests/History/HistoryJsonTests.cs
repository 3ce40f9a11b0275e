using System.Text.Json;
using Translation.Quality.History;

namespace Translation.Quality.Tests.History;

/// <summary>The history's source-generated JSON writes the bytes the reflection serializer wrote, so files written before still read the same.</summary>
public sealed class HistoryJsonTests
{
    [Fact]
    public void StoredDiagnostics_ResolvedAndByClass_AreTheReflectionSerializersBytes()
    {
        List<StoredDiagnostic> diagnostics = [new("TQ901", "check", "check failed: \"é\" <b> & ‘quote’", true), new("TQ210", "check", "no pack", false)];
        IReadOnlyList<string> resolved = ["a1b2", "c3\u00e9"];
        IReadOnlyDictionary<string, int> byClass = new SortedDictionary<string, int>(StringComparer.Ordinal) { ["calque"] = 2, ["false-friend"] = 1 };
        var reflection = new JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };

        Assert.Equal(JsonSerializer.Serialize(diagnostics, reflection), JsonSerializer.Serialize(diagnostics, HistoryJsonContext.Default.ListStoredDiagnostic));
        Assert.Equal(JsonSerializer.Serialize(resolved, reflection), JsonSerializer.Serialize(resolved, HistoryJsonContext.Default.IReadOnlyListString));
        Assert.Equal(JsonSerializer.Serialize(byClass, reflection), JsonSerializer.Serialize(byClass, HistoryJsonContext.Default.IReadOnlyDictionaryStringInt32));
        Assert.Equal("""[{"Code":"TQ210","Stage":"check","Message":"no pack","IsError":false}]""", JsonSerializer.Serialize(diagnostics[1..], HistoryJsonContext.Default.ListStoredDiagnostic));
    }
}
