using System.Text.Encodings.Web;
using System.Text.Json;
using Translation.Quality.Reports.Model;
using Translation.Quality.Results;

namespace Translation.Quality.Reports;

/// <summary>
/// <c>report.json</c>, the contract other tools parse (see design.md), in the shape of
/// <see cref="ReportDocument"/>: streamed article by article; bump <see cref="SchemaVersion"/> on any
/// incompatible change (additions keep it 1.x).
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const string SchemaVersion = "1.0";

    private readonly AtomicFile _file;
    private readonly Utf8JsonWriter _json;
    private bool _completed;

    /// <summary>How report.json is written; a stored entry is written with the same options, so it is copied byte for byte.</summary>
    internal static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public JsonReportWriter(string outputDirectory, string toolVersion, DateTimeOffset generatedAt)
    {
        _file = new AtomicFile(Path.Combine(outputDirectory, "report.json"));
        _json = new Utf8JsonWriter(_file.Stream, Options);
        _json.WriteStartObject();
        _json.WriteString("schemaVersion", SchemaVersion);
        _json.WriteStartObject("tool");
        _json.WriteString("name", "tqa");
        _json.WriteString("version", toolVersion);
        _json.WriteEndObject();
        _json.WriteString("generatedAt", generatedAt);
        _json.WriteStartArray("articles");
    }

    public string Format => "json";

    public string OutputPath => _file.Path;

    public void WriteArticle(ArticleResult result)
    {
        // A stored entry was serialised at this depth with these options: the writer adds only the comma.
        if (result.Verbatim is { } stored)
        {
            _json.WriteRawValue(stored.Json.Span, skipInputValidation: true);
        }
        else
        {
            JsonSerializer.Serialize(_json, ReportMapper.Article(result), ReportJsonContext.Default.ReportArticle);
        }

        if (_json.BytesPending > 1 << 16)
        {
            _json.Flush();
        }
    }

    public async Task CompleteAsync(RunSummary summary, CancellationToken cancellationToken)
    {
        var j = _json;
        j.WriteEndArray();
        j.WritePropertyName("summary");
        JsonSerializer.Serialize(j, ReportMapper.Summary(summary), ReportJsonContext.Default.ReportSummary);
        j.WriteEndObject();
        await j.FlushAsync(cancellationToken).ConfigureAwait(false);
        await j.DisposeAsync().ConfigureAwait(false);
        _completed = true;
        await _file.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            await _json.DisposeAsync().ConfigureAwait(false);
        }

        await _file.DisposeAsync().ConfigureAwait(false);
    }
}
