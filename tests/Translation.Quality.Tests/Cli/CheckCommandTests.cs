using System.Text.Json;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Cli;

public sealed class CheckCommandTests
{
    private const string Garbled = "The Cuban number one arrived on 21/06/2024 at 14h30 , officials said.\n\nThe the talks lasted 2,5 hours.";

    [Fact]
    public async Task Check_WritesAJsonReportWhoseOffsetsQuoteTheArticleExactly()
    {
        using var dir = new TempDir();
        var article = dir.File("in/fr-en/story.txt", "\uFEFF" + Garbled);
        var outDir = Path.Combine(dir.Path, "out");

        var (exit, stdout, _) = await CliRunner.Run("check", Path.Combine(dir.Path, "in"), "--out", outDir, "--format", "json,md");

        Assert.Contains(exit, new[] { 0, 1 });
        Assert.Contains("report.json", stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var root = json.RootElement;
        Assert.Equal("1.0", root.GetProperty("schemaVersion").GetString());
        var a = root.GetProperty("articles")[0];
        Assert.Equal("story", a.GetProperty("id").GetString());
        Assert.Equal("fr", a.GetProperty("sourceLanguage").GetString());
        Assert.True(a.GetProperty("mqm").GetProperty("score").GetDouble() < 100);
        var findings = a.GetProperty("findings").EnumerateArray().ToList();
        var classes = findings.Select(f => f.GetProperty("class").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "calque", "locale-format", "repeated-word" }, classes);
        foreach (var f in findings)
        {
            var start = f.GetProperty("start").GetInt32();
            var end = f.GetProperty("end").GetInt32();
            Assert.Equal(Garbled[start..end], f.GetProperty("text").GetString());
            Assert.Equal(16, f.GetProperty("fingerprint").GetString()!.Length);
            foreach (var key in new[] { "rule", "category", "severity", "sentence", "message", "suggestion" })
            {
                Assert.True(f.TryGetProperty(key, out _), key);
            }
        }

        Assert.Equal(findings.Count, root.GetProperty("summary").GetProperty("findings").GetInt32());
        Assert.True(File.Exists(Path.Combine(outDir, "report.md")));
        Assert.Empty(Directory.GetFileSystemEntries(outDir, "*.tmp"));
    }

    [Fact]
    public async Task Check_BadArticleGivesExit3AndTheReportNamesIt()
    {
        using var dir = new TempDir();
        dir.File("in/a.jsonl", "{\"id\": \"good\", \"sourceLanguage\": \"fr\", \"targetLanguage\": \"en\", \"text\": \"Fine copy.\"}\n{broken\n");
        var outDir = Path.Combine(dir.Path, "out");

        var (exit, _, _) = await CliRunner.Run("check", Path.Combine(dir.Path, "in"), "--out", outDir, "--format", "json");

        Assert.Equal(3, exit);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var articles = json.RootElement.GetProperty("articles");
        Assert.Equal("checked", articles[0].GetProperty("status").GetString());
        Assert.Equal("error", articles[1].GetProperty("status").GetString());
        Assert.EndsWith("a.jsonl:2", articles[1].GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Contains("not valid JSON", articles[1].GetProperty("diagnostics")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ThresholdBrokenGivesExit1()
    {
        using var dir = new TempDir();
        dir.File("in/fr-en/bad.txt", "On 15/09/2023 the the Cuban number one spoke.");
        var (exit, stdout, _) = await CliRunner.Run("check", Path.Combine(dir.Path, "in"), "--out", Path.Combine(dir.Path, "out"));

        Assert.Equal(1, exit);
        Assert.Contains("threshold broken", stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Check_CleanCopyGivesExit0()
    {
        using var dir = new TempDir();
        dir.File("in/de-en/clean.txt", "The council approved the budget on Tuesday. It will take effect in July.");
        var (exit, _, _) = await CliRunner.Run("check", Path.Combine(dir.Path, "in"), "--out", Path.Combine(dir.Path, "out"));

        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task Check_PipelineWithAnUnknownKeyFailsWithExit2NamingFileAndLine()
    {
        using var dir = new TempDir();
        var pipeline = dir.File("pipeline.yaml", "stages: [ingest, segment, check, report]\nrules:\n  builtin: true\n  pathz: [x]\n");
        dir.File("in/fr-en/a.txt", "Text.");

        var (exit, _, stderr) = await CliRunner.Run("check", Path.Combine(dir.Path, "in"), "--config", pipeline, "--out", Path.Combine(dir.Path, "out"));

        Assert.Equal(2, exit);
        Assert.Contains($"{pipeline}:4:3", stderr, StringComparison.Ordinal);
        Assert.Contains("unknown key 'pathz'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_RulePackWithAnUnknownKeyFailsWithExit2NamingFileAndLine()
    {
        using var dir = new TempDir();
        var pipeline = dir.File("pipeline.yaml", "rules:\n  paths: [rules]\n");
        dir.File("rules/extra.yaml", "pack: extra\ntarget: en\nrules:\n  - id: X_ONE\n    kind: repeated-word\n    class: c\n    category: k\n    severity: minor\n    message: m\n    colour: red\n");
        dir.File("in/fr-en/a.txt", "Text.");

        var (exit, _, stderr) = await CliRunner.Run("check", Path.Combine(dir.Path, "in"), "--config", pipeline);

        Assert.Equal(2, exit);
        Assert.Contains("extra.yaml:10:5", stderr, StringComparison.Ordinal);
        Assert.Contains("unknown key 'colour'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_UsageErrorsGiveExit2()
    {
        Assert.Equal(2, (await CliRunner.Run("check")).Exit);
        Assert.Equal(2, (await CliRunner.Run("check", "/no/such/path")).Exit);
        Assert.Equal(2, (await CliRunner.Run("check", ".", "--format", "pdf")).Exit);
        Assert.Equal(2, (await CliRunner.Run("frobnicate")).Exit);
    }

    [Fact]
    public async Task RulesTest_PassesForTheBuiltInPacksAndRulesListShowsThem()
    {
        var (exit, stdout, _) = await CliRunner.Run("rules", "test");
        Assert.Equal(0, exit);
        Assert.Contains("all pass", stdout, StringComparison.Ordinal);

        var list = await CliRunner.Run("rules", "list", "--pair", "fr-en");
        Assert.Equal(0, list.Exit);
        Assert.Contains("FR_DATE_DMY", list.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("DE_DATE_DOTTED", list.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesTest_ReportsAFailingExampleWithFileRuleAndLineAndExit1()
    {
        using var dir = new TempDir();
        var pack = dir.File("bad.yaml", "pack: bad\ntarget: en\nrules:\n  - id: BAD_RULE\n    kind: pattern\n    class: c\n    category: k\n    severity: minor\n    message: m\n    pattern: zzz\n    examples:\n      flag: [\"a [[b]] c\"]\n      pass: [\"ok\"]\n");

        var (exit, stdout, _) = await CliRunner.Run("rules", "test", "--rules", pack);

        Assert.Equal(1, exit);
        Assert.Contains("bad.yaml:12: BAD_RULE:", stdout, StringComparison.Ordinal);
    }
}
