using System.Globalization;
using System.Text;
using System.Xml;
using Translation.Quality.Documents;
using Translation.Quality.Results;

namespace Translation.Quality.Reports;

/// <summary>
/// <c>report.junit.xml</c> for CI dashboards: one <c>&lt;testsuite&gt;</c> per feed and one test case
/// per article. An article that breaks the MQM threshold is a <c>&lt;failure&gt;</c> listing its
/// findings; one that could not be checked is an <c>&lt;error&gt;</c>. A last suite, <c>tqa</c>,
/// holds the run's own verdict: the quality threshold (and an interruption, as an error).
/// </summary>
public sealed class JUnitReportWriter : IReportWriter
{
    public const string FileName = "report.junit.xml";

    /// <summary>The suite with the run-level test cases.</summary>
    public const string RunSuite = "tqa";

    private readonly string _path;
    private readonly string _toolVersion;
    private readonly DateTimeOffset _generatedAt;
    private readonly Dictionary<string, JUnitSuite> _byName = new(StringComparer.Ordinal);
    private readonly List<JUnitSuite> _suites = [];

    public JUnitReportWriter(string outputDirectory, string toolVersion, DateTimeOffset generatedAt)
    {
        _path = Path.Combine(outputDirectory, FileName);
        _toolVersion = toolVersion;
        _generatedAt = generatedAt;
    }

    public string Format => "junit";

    public string OutputPath => _path;

    public void WriteArticle(ArticleResult result)
    {
        var a = result.Article;
        var suite = SuiteFor(FeedName.Of(a));
        var x = suite.Cases;
        suite.Tests++;
        x.WriteStartElement("testcase");
        x.WriteAttributeString("name", XmlText.Clean(a.Id));
        x.WriteAttributeString("classname", XmlText.Clean($"{suite.Name}.{a.Pair}"));
        x.WriteAttributeString("file", XmlText.Clean(a.Path));
        x.WriteAttributeString("time", "0");
        if (result.HasErrors)
        {
            suite.Errors++;
            var first = result.Diagnostics.FirstOrDefault(d => d.IsError) ?? result.Diagnostics.FirstOrDefault();
            x.WriteStartElement("error");
            x.WriteAttributeString("type", first?.Code ?? "TQ900");
            x.WriteAttributeString("message", XmlText.Clean(first is null ? "the article could not be checked" : $"{first.Stage}: {first.Message}"));
            x.WriteString(XmlText.Clean(Diagnostics(result)));
            x.WriteEndElement();
        }
        else if (result.Mqm is { Pass: false } mqm)
        {
            suite.Failures++;
            x.WriteStartElement("failure");
            x.WriteAttributeString("type", "mqm");
            x.WriteAttributeString("message", string.Create(CultureInfo.InvariantCulture, $"MQM {mqm.Score:0.0}: penalty {mqm.Penalty:0.#} per 1000 words breaks the threshold; {Count(result.Findings.Count, "finding")}"));
            x.WriteString(XmlText.Clean(Findings(result)));
            x.WriteEndElement();
        }

        if (!result.HasErrors && (result.Findings.Count > 0 || result.Diagnostics.Count > 0) && result.Mqm is not { Pass: false })
        {
            // Passing articles still list what was flagged, for whoever opens the case.
            x.WriteElementString("system-out", XmlText.Clean(Findings(result) + Diagnostics(result)));
        }

        x.WriteEndElement();
    }

    public async Task CompleteAsync(RunSummary summary, CancellationToken cancellationToken)
    {
        WriteRunSuite(summary);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", Async = false };
        await using var file = new AtomicFile(_path);
        using (var x = XmlWriter.Create(file.Stream, settings))
        {
            x.WriteStartDocument();
            x.WriteStartElement("testsuites");
            x.WriteAttributeString("name", "tqa");
            x.WriteAttributeString("tests", Number(_suites.Sum(s => s.Tests)));
            x.WriteAttributeString("failures", Number(_suites.Sum(s => s.Failures)));
            x.WriteAttributeString("errors", Number(_suites.Sum(s => s.Errors)));
            x.WriteAttributeString("time", summary.Elapsed.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture));
            x.WriteAttributeString("timestamp", Timestamp());
            foreach (var suite in _suites)
            {
                x.WriteStartElement("testsuite");
                x.WriteAttributeString("name", XmlText.Clean(suite.Name));
                x.WriteAttributeString("tests", Number(suite.Tests));
                x.WriteAttributeString("failures", Number(suite.Failures));
                x.WriteAttributeString("errors", Number(suite.Errors));
                x.WriteAttributeString("skipped", "0");
                x.WriteAttributeString("time", "0");
                x.WriteAttributeString("timestamp", Timestamp());
                x.WriteStartElement("properties");
                Property(x, "tool", $"tqa {_toolVersion}");
                x.WriteEndElement();
                x.WriteRaw("\n    ");
                suite.CopyTo(x);
                x.WriteRaw("\n  ");
                x.WriteEndElement();
            }

            x.WriteEndElement();
            x.WriteEndDocument();
        }

        await file.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var suite in _suites)
        {
            await suite.DisposeAsync().ConfigureAwait(false);
        }

        _suites.Clear();
        _byName.Clear();
    }

    private void WriteRunSuite(RunSummary summary)
    {
        var suite = SuiteFor(RunSuite);
        var x = suite.Cases;
        suite.Tests++;
        x.WriteStartElement("testcase");
        x.WriteAttributeString("name", "quality threshold");
        x.WriteAttributeString("classname", RunSuite);
        x.WriteAttributeString("time", summary.Elapsed.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture));
        if (summary.ThresholdBreaches.Count > 0)
        {
            suite.Failures++;
            x.WriteStartElement("failure");
            x.WriteAttributeString("type", "threshold");
            x.WriteAttributeString("message", XmlText.Clean(string.Join("; ", summary.ThresholdBreaches)));
            x.WriteString(string.Create(CultureInfo.InvariantCulture, $"{summary.Articles} articles, {summary.Passed} passed, {summary.Failed} failed, {summary.Errors} not checked, {summary.Findings} findings."));
            x.WriteEndElement();
        }

        x.WriteEndElement();
        if (summary.Interrupted)
        {
            suite.Tests++;
            suite.Errors++;
            x.WriteStartElement("testcase");
            x.WriteAttributeString("name", "complete run");
            x.WriteAttributeString("classname", RunSuite);
            x.WriteAttributeString("time", "0");
            x.WriteStartElement("error");
            x.WriteAttributeString("type", "interrupted");
            x.WriteAttributeString("message", "the run was interrupted: only the articles finished before it stopped are reported");
            x.WriteEndElement();
            x.WriteEndElement();
        }
    }

    private JUnitSuite SuiteFor(string name)
    {
        if (!_byName.TryGetValue(name, out var suite))
        {
            suite = new JUnitSuite(name);
            _byName.Add(name, suite);
            _suites.Add(suite);
        }

        return suite;
    }

    private static string Findings(ArticleResult result)
    {
        var text = new StringBuilder();
        foreach (var f in result.Findings)
        {
            text.Append(CultureInfo.InvariantCulture, $"[{f.Severity.ToString().ToLowerInvariant()}] {f.Class} ({f.Rule}) at {f.Start}-{f.End} \u201C{Flat(f.Text)}\u201D: {Flat(f.Message)}");
            if (f.Suggestion is not null)
            {
                text.Append(" Suggestion: ").Append(Flat(f.Suggestion));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Diagnostics(ArticleResult result)
    {
        var text = new StringBuilder();
        foreach (var d in result.Diagnostics)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(d.IsError ? "error" : "warning")} {d.Code} ({d.Stage}): {Flat(d.Message)}\n");
        }

        return text.ToString();
    }

    private static string Flat(string s) => s.ReplaceLineEndings(" ");

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private string Timestamp() => _generatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static void Property(XmlWriter x, string name, string value)
    {
        x.WriteStartElement("property");
        x.WriteAttributeString("name", name);
        x.WriteAttributeString("value", XmlText.Clean(value));
        x.WriteEndElement();
    }
}
