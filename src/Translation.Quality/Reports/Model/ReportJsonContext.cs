using System.Text.Json.Serialization;

namespace Translation.Quality.Reports.Model;

/// <summary>
/// The one serializer for the report model (source-generated: no reflection). Writing into a
/// <see cref="System.Text.Json.Utf8JsonWriter"/> uses that writer's indentation and encoder, so
/// report.json (indented, relaxed) and the HTML data islands (compact, HTML-safe) share it.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(ReportDocument))]
[JsonSerializable(typeof(ReportArticle))]
[JsonSerializable(typeof(ReportSummary))]
[JsonSerializable(typeof(PageSummary))]
[JsonSerializable(typeof(ReportMqm))]
[JsonSerializable(typeof(IReadOnlyList<ReportDiagnostic>))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
