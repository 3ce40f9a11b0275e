using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Schema;
using Translation.Quality.Reports.Model;
using Translation.Quality.Tests.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Reports;

/// <summary>
/// report.json is a contract: its schema, exported from the report model, must equal the snapshot
/// beside this file. An intended change updates the snapshot in the same commit (additions keep
/// schemaVersion 1.x); the test writes the new schema next to it as report.schema.received.json.
/// </summary>
public sealed class ReportSchemaTests
{
    private static readonly string Snapshot = Path.Combine(RepoPaths.Root, "tests", "Translation.Quality.Tests", "Reports", "report.schema.json");

    [Fact]
    public void ReportJsonSchema_EqualsTheSnapshot()
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(ReportJsonContext.Default.Options, typeof(ReportDocument), new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true })
            .ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

        var expected = File.Exists(Snapshot) ? File.ReadAllText(Snapshot) : string.Empty;
        if (schema != expected)
        {
            File.WriteAllText(Path.ChangeExtension(Snapshot, ".received.json"), schema);
        }

        Assert.True(schema == expected, $"report.json's schema changed; if that is intended, copy {Path.ChangeExtension(Snapshot, ".received.json")} over {Snapshot}");
    }

    [Fact]
    public async Task AWrittenReport_ReadsBackIntoTheModelAndWritesTheSameBytes()
    {
        using var dir = new TempDir();
        var (exit, _, err) = await CliRunner.Run("check", Path.Combine(RepoPaths.Fixtures, "sample-feed"), "--format", "json", "--out", dir.Path, "--quiet");
        Assert.True(exit == 1, err); // the sample feed breaks its threshold on purpose
        var written = await File.ReadAllBytesAsync(Path.Combine(dir.Path, "report.json"));

        var model = JsonSerializer.Deserialize(written, ReportJsonContext.Default.ReportDocument)!;
        var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonSerializer.Serialize(writer, model, ReportJsonContext.Default.ReportDocument);
        }

        Assert.Equal(27, model.Articles.Count);
        Assert.Equal(model.Articles.Sum(a => a.Findings.Count), model.Summary.Findings);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(written), System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
