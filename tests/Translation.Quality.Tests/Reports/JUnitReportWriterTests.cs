using System.Xml.Linq;
using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Reports;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Reports;

public sealed class JUnitReportWriterTests
{
    private static readonly DateTimeOffset Now = new(2024, 2, 4, 6, 30, 0, TimeSpan.Zero);

    private static Article InFeed(string id, string feed, string text) =>
        new() { Id = id, Path = $"in/{feed}.jsonl:1", SourceLanguage = "fr", TargetLanguage = "en", Text = text, Feed = feed };

    [Fact]
    public async Task Report_HasASuitePerFeed_ACasePerArticle_FailuresWithFindings_AndErrors()
    {
        using var dir = new TempDir();
        var failing = SampleResults.Checked(InFeed("fr/bad", "agency-fr", "The number one came on 15/09/2023. The the talks went on."),
            new Flag("number one", Suggestion: "leader"), new Flag("15/09/2023", "locale-format", Rule: "FR_DATE", Message: "Day-first date."), new Flag("The the", "repeated-word", Severity.Minor, "EN_REPEAT", "Repeated word."));
        var passing = SampleResults.Checked(InFeed("fr/good", "agency-fr", string.Join(' ', Enumerable.Repeat("Calm and long copy.", 60)) + " The the end."), new Flag("The the", "repeated-word", Severity.Minor, "EN_REPEAT", "Repeated word."));
        var clean = SampleResults.Checked(InFeed("es/clean", "agency-es", "Clean copy."));
        var broken = SampleResults.Failed("feed.jsonl:3", "in/agency-es.jsonl:3", "line 3 is not valid JSON");
        Assert.False(failing.Mqm!.Pass);
        Assert.True(passing.Mqm!.Pass);

        var path = await SampleResults.WriteAsync(new JUnitReportWriter(dir.Path, "1.2.3", Now), [failing, passing, clean, broken]);

        Assert.Equal("report.junit.xml", Path.GetFileName(path));
        var doc = XDocument.Load(path);
        var root = doc.Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal("5", (string?)root.Attribute("tests"));
        Assert.Equal("2", (string?)root.Attribute("failures"));
        Assert.Equal("1", (string?)root.Attribute("errors"));
        var suites = root.Elements("testsuite").ToDictionary(s => (string)s.Attribute("name")!);
        // The unreadable line has no feed of its own: its suite is named after its file.
        Assert.Equal(["agency-fr", "agency-es", "agency-es.jsonl", "tqa"], suites.Keys);
        Assert.Equal("2", (string?)suites["agency-fr"].Attribute("tests"));
        Assert.Equal("1", (string?)suites["agency-fr"].Attribute("failures"));
        Assert.Equal("1", (string?)suites["agency-es.jsonl"].Attribute("errors"));
        Assert.Equal("tqa 1.2.3", (string?)suites["agency-fr"].Element("properties")!.Element("property")!.Attribute("value"));

        var cases = suites["agency-fr"].Elements("testcase").ToList();
        Assert.Equal(["fr/bad", "fr/good"], cases.Select(c => (string)c.Attribute("name")!));
        Assert.Equal("agency-fr.fr-en", (string?)cases[0].Attribute("classname"));
        var failure = cases[0].Element("failure")!;
        Assert.Equal("mqm", (string?)failure.Attribute("type"));
        Assert.StartsWith("MQM ", (string?)failure.Attribute("message"), StringComparison.Ordinal);
        Assert.Contains("3 findings", (string?)failure.Attribute("message"), StringComparison.Ordinal);
        Assert.Contains("[major] calque (FR_CALQUE) at 4-14 “number one”: A word-for-word rendering. Suggestion: leader", failure.Value, StringComparison.Ordinal);
        Assert.Contains("“15/09/2023”", failure.Value, StringComparison.Ordinal);
        // English quotation marks: tqa flags guillemets in English copy, so its own report must not use them.
        Assert.DoesNotContain("«", failure.Value, StringComparison.Ordinal);
        Assert.Contains("[minor] repeated-word (EN_REPEAT)", failure.Value, StringComparison.Ordinal);
        Assert.Null(cases[1].Element("failure"));
        Assert.Contains("“The the”", cases[1].Element("system-out")!.Value, StringComparison.Ordinal);

        Assert.Empty(suites["agency-es"].Element("testcase")!.Elements());
        var error = suites["agency-es.jsonl"].Element("testcase")!.Element("error")!;
        Assert.Equal("TQ200", (string?)error.Attribute("type"));
        Assert.Equal("ingest: line 3 is not valid JSON", (string?)error.Attribute("message"));

        var run = suites["tqa"].Element("testcase")!;
        Assert.Equal("quality threshold", (string?)run.Attribute("name"));
        Assert.Contains("fail MQM", (string?)run.Element("failure")!.Attribute("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_WithTheThresholdMet_HasNoRunFailure_AndCarriesCharactersXmlCannot()
    {
        using var dir = new TempDir();
        var text = "Odd \u0001 control and lone \uD800 surrogate <b>&amp;</b>. The the end.";
        var result = SampleResults.Checked(InFeed("a<1>", "feed \u0002 one", text), new Flag("The the", "repeated-word", Severity.Minor, "EN_REPEAT", "Repeated \u0003 word <here>."));
        var summary = SampleResults.Summary([result], new ThresholdOptions { MaxFailingShare = 1 });

        var path = await SampleResults.WriteAsync(new JUnitReportWriter(dir.Path, "1.0.0", Now), [result], summary);

        var root = XDocument.Load(path).Root!;
        var suite = root.Elements("testsuite").First();
        Assert.Equal("feed \uFFFD one", (string?)suite.Attribute("name"));
        Assert.Equal("a<1>", (string?)suite.Element("testcase")!.Attribute("name"));
        Assert.Equal("tqa", (string?)root.Elements("testsuite").Last().Attribute("name"));
        Assert.Null(root.Elements("testsuite").Last().Element("testcase")!.Element("failure"));
    }

    [Fact]
    public async Task Report_WithNoArticles_IsStillValid()
    {
        using var dir = new TempDir();
        var path = await SampleResults.WriteAsync(new JUnitReportWriter(dir.Path, "1.0.0", Now), []);

        var root = XDocument.Load(path).Root!;
        Assert.Equal("1", (string?)root.Attribute("tests"));
        Assert.Equal("tqa", (string?)root.Element("testsuite")!.Attribute("name"));
    }
}
