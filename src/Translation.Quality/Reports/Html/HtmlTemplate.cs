using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Translation.Quality.Reports.Html;

/// <summary>
/// The page around the data: report.html, report.css and report.js, embedded in the assembly. The
/// script's SHA-256 goes into the Content-Security-Policy, so only that script can ever run.
/// </summary>
internal static class HtmlTemplate
{
    /// <summary>Where the article data goes: between the page's static part and its script.</summary>
    public const string DataMarker = "<!--tqa:data-->";

    static HtmlTemplate()
    {
        Script = Resource("report.js");
        Style = Resource("report.css");

        // Inside a <script> the parser looks only for "</script" (and "<!--" changes how it does); neither may appear.
        if (Script.Contains("</script", StringComparison.OrdinalIgnoreCase) || Script.Contains("<!--", StringComparison.Ordinal) || Style.Contains("</style", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("report.js or report.css contains a sequence that would end its element early.");
        }

        ScriptHash = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)));
        ContentSecurityPolicy = $"default-src 'none'; script-src '{ScriptHash}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

        var page = Resource("report.html")
            .Replace("{{csp}}", ContentSecurityPolicy, StringComparison.Ordinal)
            .Replace("{{css}}", Style, StringComparison.Ordinal);
        var marker = page.IndexOf(DataMarker, StringComparison.Ordinal);
        if (marker < 0)
        {
            throw new InvalidOperationException("report.html has no data marker.");
        }

        Head = page[..marker];
        Tail = page[(marker + DataMarker.Length)..].Replace("{{script}}", Script, StringComparison.Ordinal);
    }

    public static string Script { get; }

    public static string Style { get; }

    /// <summary>"sha256-…" of the inline script, as the CSP names it.</summary>
    public static string ScriptHash { get; }

    public static string ContentSecurityPolicy { get; }

    /// <summary>The page up to the data; holds {{title}} and {{generator}}.</summary>
    private static string Head { get; }

    /// <summary>The page after the data: the script and the closing tags.</summary>
    public static string Tail { get; }

    public static string HeadFor(string title, string generator) => Head
        .Replace("{{title}}", WebUtility.HtmlEncode(title), StringComparison.Ordinal)
        .Replace("{{generator}}", WebUtility.HtmlEncode(generator), StringComparison.Ordinal);

    private static string Resource(string name)
    {
        using var stream = typeof(HtmlTemplate).Assembly.GetManifestResourceStream("html/" + name)
            ?? throw new InvalidOperationException($"Embedded resource html/{name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);

        // One line ending everywhere, so the hash does not depend on how git checked the file out.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
