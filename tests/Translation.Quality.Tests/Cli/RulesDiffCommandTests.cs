using System.Text.Json;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Cli;

public sealed class RulesDiffCommandTests
{
    private static string Pack(string exceptions) => $$"""
        pack: en
        target: en
        rules:
          - { id: EN_REPEATED_WORD, kind: repeated-word, class: repeated-word, category: Fluency, severity: minor, message: m, exceptions: [{{exceptions}}] }
          - { id: EN_DATES, kind: locale-format, class: locale-format, category: Locale, severity: minor, message: m, checks: [date-slash-dmy] }
        """;

    [Fact]
    public async Task Diff_ListsTheFindingsAChangeAddsAndRemoves()
    {
        using var dir = new TempDir();
        dir.File("baseline/en.yaml", Pack("had"));
        dir.File("current/en.yaml", Pack("had, the"));
        dir.File("corpus/fr-en/a.txt", "The the vote was held on 15/09/2023. He had had enough of of it.");

        var (exit, stdout, _) = await CliRunner.Run("rules", "diff", "--baseline", Path.Combine(dir.Path, "baseline"), "--rules", Path.Combine(dir.Path, "current"), Path.Combine(dir.Path, "corpus"), "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(0, json.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("removed").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("unchanged").GetInt32());
        var change = json.RootElement.GetProperty("changes")[0];
        Assert.Equal("removed", change.GetProperty("change").GetString());
        Assert.Equal("The the", change.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Diff_WithABaselineThatIsNeitherFolderNorRevisionIsAUsageError()
    {
        using var dir = new TempDir();
        dir.File("current/en.yaml", Pack("had"));
        dir.File("corpus/fr-en/a.txt", "Text.");

        var (exit, _, stderr) = await CliRunner.Run("rules", "diff", "--baseline", "no-such-revision-xyz", "--rules", Path.Combine(dir.Path, "current"), Path.Combine(dir.Path, "corpus"));

        Assert.Equal(2, exit);
        Assert.Contains("--baseline", stderr, StringComparison.Ordinal);
    }
}
