using System.Text.RegularExpressions;
using Translation.Quality.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Cli;

/// <summary>
/// Tables as an operator sees them: on an 80-column terminal no header is cut, no word split and no
/// line too wide (rows stack as key–value when the table does not fit); on a wide one a single table;
/// piped, TSV with a header row.
/// </summary>
public sealed partial class TerminalLayoutTests : IDisposable
{
    private static readonly string[] SummaryColumns = ["articles", "checked", "unchanged", "errors", "passed", "failed", "words", "findings", "seconds"];

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static async Task<(int Exit, string Out, string Err)> Run(TextWriter stdout, params string[] args)
    {
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString()!, stderr.ToString());
    }

    private string[] Check(string outName) =>
        ["check", _dir.File("feed.jsonl", NightlySetup.GeneratedFeed(3)), "--format", "json", "--out", Path.Combine(_dir.Path, outName)];

    [Fact]
    public async Task CheckSummary_At80Columns_StacksKeyValue_NothingCutNoLineTooWide()
    {
        var (exit, output, err) = await Run(new TerminalWriter(80), Check("out80"));

        Assert.True(exit == 1, err); // one article of three fails MQM, over the 25% threshold
        AssertFits(output, 80);
        Assert.DoesNotContain("…", output, StringComparison.Ordinal);
        Assert.Contains("tqa check", output, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^\s+articles\s+3$", RegexOptions.Multiline), output);
        Assert.Matches(new Regex(@"^\s+unchanged\s+0$", RegexOptions.Multiline), output);
        foreach (var column in SummaryColumns)
        {
            Assert.Matches(new Regex($@"^\s+{column}\s+\S+$", RegexOptions.Multiline), output);
        }
    }

    [Fact]
    public async Task CheckSummary_OnAWideTerminal_IsOneTableWithEveryHeaderWhole()
    {
        var (exit, output, err) = await Run(new TerminalWriter(160), Check("out160"));

        Assert.True(exit == 1, err); // one article of three fails MQM, over the 25% threshold
        AssertFits(output, 160);
        Assert.Matches(new Regex(string.Join(@"\s*│\s*", SummaryColumns)), output);
    }

    [Fact]
    public async Task CheckSummary_Piped_IsTsvWithAHeaderRow()
    {
        var (exit, output, err) = await Run(new StringWriter(), Check("outpipe"));

        Assert.True(exit == 1, err); // one article of three fails MQM, over the 25% threshold
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        var header = Array.IndexOf(lines, string.Join('\t', SummaryColumns));
        Assert.True(header >= 0, output);
        var values = lines[header + 1].Split('\t');
        Assert.Equal(SummaryColumns.Length, values.Length);
        Assert.Equal("3", values[0]);
        Assert.Contains("class\tfindings", lines);
        Assert.DoesNotContain("│", output, StringComparison.Ordinal);
        Assert.DoesNotContain("───", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesList_At80Columns_KeepsEveryIdWhole_AndPipedIsTsvWithLabelledExamples()
    {
        var (exit, piped, err) = await Run(new StringWriter(), "rules", "list");
        Assert.True(exit == 0, err);
        var rows = piped.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id\tkind\tclass\tseverity\tpack\texamples", rows[0]);
        var cells = rows.Skip(1).Where(r => r.Contains('\t', StringComparison.Ordinal)).Select(r => r.Split('\t')).ToList();
        Assert.True(cells.Count > 20);
        Assert.All(cells, c => Assert.Matches(ExamplesLabel(), c[5]));

        var (exit80, narrow, err80) = await Run(new TerminalWriter(80), "rules", "list");
        Assert.True(exit80 == 0, err80);
        AssertFits(narrow, 80);
        foreach (var id in cells.Select(c => c[0]))
        {
            Assert.Matches(new Regex($@"^\s+id\s+{Regex.Escape(id)}$", RegexOptions.Multiline), narrow);
        }

        AssertNoWordSplit(cells, narrow);
    }

    [Fact]
    public async Task NightlyAndHistory_At80Columns_FitAndSplitNoWord_AndPipedAreTsv()
    {
        using var setup = new NightlySetup("""
              - name: agency-wire-international
                path: feed.jsonl
                thresholds: { maxFailingShare: 1 }
            """);
        setup.File("feed.jsonl", NightlySetup.GeneratedFeed(6));
        string[] Nightly(string night) => ["nightly", "--config", setup.Config, "--date", night, "--out", setup.Reports];

        var (exit, nightly, err) = await Run(new TerminalWriter(80), Nightly("2024-05-01"));
        Assert.True(exit == 0, err);
        AssertFits(nightly, 80, except: setup.Root);
        Assert.Contains("tqa nightly", nightly, StringComparison.Ordinal);
        Assert.DoesNotContain("tqa check", nightly, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^\s+feed\s+agency-wire-international$", RegexOptions.Multiline), nightly);
        Assert.Matches(new Regex(@"^\s+suppressed\s+0$", RegexOptions.Multiline), nightly);

        var (exit2, nightlyPiped, err2) = await Run(new StringWriter(), Nightly("2024-05-02"));
        Assert.True(exit2 == 0, err2);
        Assert.Contains("feed\tarticles\tchecked\tunchanged\terrors\tfailed\tfindings\tsuppressed\tthreshold", nightlyPiped.ReplaceLineEndings("\n").Split('\n'));

        var (hexit, history, herr) = await Run(new StringWriter(), "history", "--history", setup.History);
        Assert.True(hexit == 0, herr);
        var rows = history.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("night\tfeed\tarticles\twords\tfindings\tcritical\tmajor\tminor\ttop classes\tMQM pass\ttranslator chars", rows[0]);
        var cells = rows.Skip(1).Select(r => r.Split('\t')).ToList();
        Assert.Equal(["2024-05-01", "2024-05-02"], cells.Select(c => c[0]).Order(StringComparer.Ordinal));

        var (hexit80, narrow, herr80) = await Run(new TerminalWriter(80), "history", "--history", setup.History);
        Assert.True(hexit80 == 0, herr80);
        AssertFits(narrow, 80);
        AssertNoWordSplit(cells, narrow);

        var (hexitWide, wide, herrWide) = await Run(new TerminalWriter(200), "history", "--history", setup.History);
        Assert.True(hexitWide == 0, herrWide);
        AssertFits(wide, 200);
        Assert.Equal(2, wide.ReplaceLineEndings("\n").Split('\n').Count(l => l.Contains("agency-wire-international", StringComparison.Ordinal)));
    }

    /// <summary>No line is wider than the terminal (lines naming a path under <paramref name="except"/> are copied whole on purpose).</summary>
    private static void AssertFits(string output, int width, string? except = null)
    {
        foreach (var line in output.ReplaceLineEndings("\n").Split('\n'))
        {
            if (except is not null && line.Contains(except, StringComparison.Ordinal))
            {
                continue;
            }

            Assert.True(line.Length <= width, $"a line of {line.Length} columns on a {width}-column terminal: '{line}'");
        }
    }

    /// <summary>Every word of every cell (as the piped TSV gives it) appears whole in the terminal layout.</summary>
    private static void AssertNoWordSplit(IEnumerable<string[]> cells, string terminal)
    {
        var shown = new HashSet<string>(terminal.Split([' ', '\n', '\r', '│'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        foreach (var word in cells.SelectMany(c => c).SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            Assert.True(shown.Contains(word), $"'{word}' is split or missing on the terminal:\n{terminal}");
        }
    }

    [GeneratedRegex(@"^\d+ flag, \d+ pass$")]
    private static partial Regex ExamplesLabel();
}
