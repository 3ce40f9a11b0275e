using System.Buffers;
using System.Text.Json;
using Translation.Quality.Reports.Model;
using Translation.Quality.Results;

namespace Translation.Quality.Reports;

/// <summary>
/// One article's report.json entry as bytes, exactly as <see cref="JsonReportWriter"/> writes it in the
/// articles array (same options, same depth, the newline and indentation before it included), so the
/// history can store it and an unchanged rerun copy it. One buffer reused; not thread-safe.
/// </summary>
internal sealed class ReportEntryWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json;

    public ReportEntryWriter()
    {
        _json = new Utf8JsonWriter(_buffer, JsonReportWriter.Options);
    }

    public byte[] Entry(ArticleResult result)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);

        // The report's root object and its articles array, so the entry is indented for its place there.
        _json.WriteStartObject();
        _json.WriteStartArray("articles");
        _json.Flush();
        var start = _buffer.WrittenCount;
        JsonSerializer.Serialize(_json, ReportMapper.Article(result), ReportJsonContext.Default.ReportArticle);
        _json.Flush();
        return _buffer.WrittenSpan[start..].ToArray();
    }

    public void Dispose() => _json.Dispose();
}
