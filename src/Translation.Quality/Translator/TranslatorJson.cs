using System.Text.Json;

namespace Translation.Quality.Translator;

/// <summary>
/// Reads Translator v3.0 answers by hand: the service's camelCase fields map onto the SDK-shaped
/// records without attributes, and anything off-contract becomes a <see cref="JsonException"/>.
/// </summary>
internal static class TranslatorJson
{
    public static IReadOnlyList<T> Array<T>(JsonElement root, int expected, Func<JsonElement, T> read)
    {
        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"expected a JSON array, got {root.ValueKind}");
        }

        var list = new List<T>(root.GetArrayLength());
        foreach (var item in root.EnumerateArray())
        {
            list.Add(read(item));
        }

        // One result per input element, same order: anything else cannot be matched up.
        if (list.Count != expected)
        {
            throw new JsonException($"expected {expected} results, got {list.Count}");
        }

        return list;
    }

    public static TranslatedTextItem Translated(JsonElement e) => new(
        e.TryGetProperty("detectedLanguage", out var d) && d.ValueKind == JsonValueKind.Object ? Detected(d) : null,
        List(Required(e, "translations"), t => new TranslationText(Str(t, "to"), Str(t, "text"))));

    public static BreakSentenceItem Break(JsonElement e) => new(
        e.TryGetProperty("detectedLanguage", out var d) && d.ValueKind == JsonValueKind.Object ? Detected(d) : null,
        List(Required(e, "sentLen"), x => x.GetInt32()));

    public static DictionaryLookupItem Lookup(JsonElement e) => new(
        Str(e, "normalizedSource"),
        Str(e, "displaySource"),
        List(Required(e, "translations"), t => new DictionaryTranslation(
            Str(t, "normalizedTarget"),
            Str(t, "displayTarget"),
            Opt(t, "posTag") ?? "OTHER",
            t.TryGetProperty("confidence", out var c) ? c.GetDouble() : 0,
            Opt(t, "prefixWord") ?? string.Empty,
            t.TryGetProperty("backTranslations", out var b) ? List(b, x => new BackTranslation(Str(x, "normalizedText"), Str(x, "displayText"), Int(x, "numExamples"), Int(x, "frequencyCount"))) : [])));

    public static LanguageDetectionItem Detection(JsonElement e) => new(
        Str(e, "language"),
        Required(e, "score").GetDouble(),
        e.TryGetProperty("isTranslationSupported", out var s) && s.ValueKind == JsonValueKind.True,
        e.TryGetProperty("alternatives", out var a) ? List(a, Detected) : []);

    /// <summary>The <c>{"error":{"code","message"}}</c> body; (0, null) when the body is something else.</summary>
    public static (int Code, string? Message) Error(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                var code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : 0;
                return (code, Opt(error, "message"));
            }
        }
        catch (JsonException)
        {
            // A proxy's HTML error page: the status says enough.
        }

        return (0, null);
    }

    private static DetectedLanguage Detected(JsonElement e) => new(Str(e, "language"), Required(e, "score").GetDouble());

    private static List<T> List<T>(JsonElement e, Func<JsonElement, T> read)
    {
        if (e.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"expected an array, got {e.ValueKind}");
        }

        var list = new List<T>(e.GetArrayLength());
        foreach (var item in e.EnumerateArray())
        {
            list.Add(read(item));
        }

        return list;
    }

    private static JsonElement Required(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v : throw new JsonException($"missing \"{name}\"");

    private static string Str(JsonElement e, string name) =>
        Required(e, name) is { ValueKind: JsonValueKind.String } v ? v.GetString()! : throw new JsonException($"\"{name}\" must be a string");

    private static string? Opt(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : 0;
}
