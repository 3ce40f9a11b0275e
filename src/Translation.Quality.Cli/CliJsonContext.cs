using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Translation.Quality.Evaluation;

namespace Translation.Quality.Cli;

/// <summary>
/// The JSON the CLI prints itself (<c>eval</c>, <c>rules diff</c>, <c>wordorder eval</c>),
/// source-generated so tqa runs under AOT. Each output keeps the options its reflection-based
/// predecessor used, so the bytes are the same.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(EvaluationReport))]
[JsonSerializable(typeof(RulesDiffJson))]
[JsonSerializable(typeof(WordOrderJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>Indented and with text as it is (quotes and accents unescaped), for a reader: eval and rules diff.</summary>
    public static CliJsonContext Relaxed { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Compact and default-escaped: one line for a script (wordorder eval).</summary>
    public static CliJsonContext Compact { get; } = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
}
