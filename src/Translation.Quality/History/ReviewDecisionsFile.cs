using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Translation.Quality.History;

/// <summary>
/// The review decisions file that the HTML report exports and <c>tqa review import</c> reads (and
/// <c>tqa review export</c> writes):
/// <code>
/// {"decisions": [{"fingerprint": "0123456789abcdef", "decision": "confirmed" | "dismissed",
///                 "reason": "…"?, "by": "…"?, "at": "2024-03-20T07:15:00Z"?}]}
/// </code>
/// A missing <c>by</c> or <c>at</c> is filled in by the reader (the importing user, the import time).
/// </summary>
public static class ReviewDecisionsFile
{
    /// <summary>Thousands of decisions fit in far less; a bigger file is refused before it is read whole.</summary>
    internal const int MaxBytes = 16 * 1024 * 1024;

    private static readonly JsonDocumentOptions ReadOptions = new() { MaxDepth = 8 };

    /// <exception cref="HistoryException">Not a decisions file, or over 16 MB; the message names the entry and what is wrong.</exception>
    public static IReadOnlyList<ReviewDecision> Read(string displayName, Stream stream, string defaultBy, DateTimeOffset defaultAt)
    {
        var content = ReadBounded(displayName, stream);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(content, ReadOptions);
        }
        catch (JsonException ex)
        {
            throw new HistoryException($"{displayName}: not valid JSON: {ex.Message}", ex);
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("decisions", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new HistoryException($"{displayName}: expected an object with a \"decisions\" list");
            }

            var decisions = new List<ReviewDecision>(list.GetArrayLength());
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                decisions.Add(ReadOne(displayName, index++, item, defaultBy, defaultAt));
            }

            return decisions;
        }
    }

    /// <summary>The file's bytes, read in chunks and given up on as soon as they pass <see cref="MaxBytes"/> (a pipe has no length to check first).</summary>
    private static ReadOnlyMemory<byte> ReadBounded(string displayName, Stream stream)
    {
        var tooBig = new HistoryException(string.Create(CultureInfo.InvariantCulture, $"{displayName}: over {MaxBytes / (1024 * 1024)} MB, which no decisions file needs; nothing was imported (split it, or look for an entry that is not a short decision)"));
        if (stream.CanSeek && stream.Length - stream.Position > MaxBytes)
        {
            throw tooBig;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw tooBig;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static ReviewDecision ReadOne(string displayName, int index, JsonElement item, string defaultBy, DateTimeOffset defaultAt)
    {
        var where = $"{displayName}: decisions[{index}]";
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new HistoryException($"{where}: expected an object");
        }

        var fingerprint = Text(item, "fingerprint", where);
        if (fingerprint is null || !ReviewDecision.IsFingerprint(fingerprint))
        {
            throw new HistoryException($"{where}: \"fingerprint\" must be 16 lower-case hex digits, not {(fingerprint is null ? "missing" : $"'{fingerprint}'")}");
        }

        var name = Text(item, "decision", where);
        var kind = ReviewDecision.Parse(name) ?? throw new HistoryException($"{where}: \"decision\" must be \"confirmed\" or \"dismissed\", not {(name is null ? "missing" : $"'{name}'")}");
        var at = defaultAt;
        if (Text(item, "at", where) is { } atText
            && !DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at))
        {
            throw new HistoryException($"{where}: \"at\" is not a date and time: '{atText}'");
        }

        var by = Text(item, "by", where);
        return new ReviewDecision(fingerprint, kind, Text(item, "reason", where), string.IsNullOrWhiteSpace(by) ? defaultBy : by, at.ToUniversalTime());
    }

    private static string? Text(JsonElement item, string name, string where) =>
        !item.TryGetProperty(name, out var value) ? null
        : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw new HistoryException($"{where}: \"{name}\" must be text"),
        };

    public static void Write(Stream stream, IEnumerable<ReviewDecision> decisions)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("decisions");
        foreach (var d in decisions)
        {
            json.WriteStartObject();
            json.WriteString("fingerprint", d.Fingerprint);
            json.WriteString("decision", d.DecisionName);
            if (d.Reason is not null)
            {
                json.WriteString("reason", d.Reason);
            }

            json.WriteString("by", d.By);
            json.WriteString("at", d.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
