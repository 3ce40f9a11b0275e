using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Translation.Quality.Ingest;

/// <summary>
/// A JSON parse error as an operator reads it: "line N, column M: reason", with the column counted
/// in characters of the line, and none of the parser's own wording ("LineNumber: 0 |
/// BytePositionInLine: 29", "isFinalBlock").
/// </summary>
internal static partial class JsonErrorText
{
    public static string Describe(JsonException ex, int lineNumber, string line)
    {
        var column = Column(line, ex.BytePositionInLine ?? 0);
        return $"line {lineNumber}, column {column}: not valid JSON: {Reason(ex.Message)}";
    }

    /// <summary>The parser counts UTF-8 bytes from 0; a person counts characters from 1.</summary>
    private static long Column(string line, long bytes)
    {
        var utf8 = Encoding.UTF8.GetBytes(line);
        var upTo = (int)Math.Clamp(bytes, 0, utf8.Length);
        return Encoding.UTF8.GetCharCount(utf8, 0, upTo) + 1;
    }

    private static string Reason(string message)
    {
        var reason = Position().Replace(message, string.Empty).Trim();
        if (reason.Contains("isFinalBlock", StringComparison.Ordinal) || reason.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "the line ends before a JSON value is complete";
        }

        if (reason.Contains("Expected depth to be zero", StringComparison.Ordinal))
        {
            return "an object or array is not closed by the end of the line";
        }

        return reason.TrimEnd('.');
    }

    [GeneratedRegex(@"\s*(Path: \S*)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?", RegexOptions.CultureInvariant)]
    private static partial Regex Position();
}
