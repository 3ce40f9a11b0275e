using System.Text.Json;
using Translation.Quality.Config;
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
        // The built-in packs other than en are on both sides, so their findings count as unchanged too.
        Assert.True(json.RootElement.GetProperty("unchanged").GetInt32() >= 2);
        var change = Assert.Single(json.RootElement.GetProperty("changes").EnumerateArray());
        Assert.Equal("removed", change.GetProperty("change").GetString());
        Assert.Equal("The the", change.GetProperty("text").GetString());
    }

    /// <summary>The built-in fr-en pack without its decimal-comma rule: what a linguist's edited copy might be.</summary>
    private static (string Original, string Edited) FrEnPack()
    {
        var original = EmbeddedConfig.RulePacks().Single(p => p.Name.EndsWith("rules/fr-en.yaml", StringComparison.Ordinal)).Content;
        var start = original.IndexOf("  - id: FR_DECIMAL_COMMA", StringComparison.Ordinal);
        var end = original.IndexOf("  - id: ", start + 10, StringComparison.Ordinal);
        Assert.True(start > 0 && end > start);
        return (original, original.Remove(start, end - start));
    }

    private const string FrEnCorpus = "The plan will cost 2,5 billion euros, the the minister said on 21/06/2024 in Dakar.";

    private static void AssertOnlyTheDecimalCommaRemoved(string stdout)
    {
        using var json = JsonDocument.Parse(stdout);
        var changes = json.RootElement.GetProperty("changes").EnumerateArray().ToList();
        var removed = Assert.Single(changes);
        Assert.Equal(("removed", "FR_DECIMAL_COMMA", "2,5"), (removed.GetProperty("change").GetString(), removed.GetProperty("rule").GetString(), removed.GetProperty("text").GetString()));

        // The repeated word (en pack) and the date (fr-en) are found on both sides.
        Assert.True(json.RootElement.GetProperty("unchanged").GetInt32() >= 2);
    }

    [Fact]
    public async Task Diff_OfAnEditedCopyOfOnePack_OverlaysIt_AsRulesListDoes()
    {
        using var dir = new TempDir();

        // The baseline: every built-in pack as the repository has it; the candidate: one edited pack alone.
        foreach (var (name, content) in EmbeddedConfig.RulePacks())
        {
            dir.File(Path.Combine("baseline", Path.GetFileName(name)), content);
        }

        dir.File("mine/fr-en.yaml", FrEnPack().Edited);
        dir.File("corpus/fr-en/a.txt", FrEnCorpus);

        var (exit, stdout, stderr) = await CliRunner.Run("rules", "diff", "--baseline", Path.Combine(dir.Path, "baseline"), "--rules", Path.Combine(dir.Path, "mine"), Path.Combine(dir.Path, "corpus"), "--format", "json");

        Assert.True(exit == 0, stderr);
        AssertOnlyTheDecimalCommaRemoved(stdout);
    }

    [Fact]
    public async Task Diff_AgainstHead_OfAPackFileOutsideTheRepository_ComparesWithTheRepositorysPacksAtHead()
    {
        // The tests run inside the tqa checkout, whose config/rules at HEAD is what the built-in packs are built from.
        using var dir = new TempDir();
        var mine = dir.File("mine/fr-en.yaml", FrEnPack().Edited);
        dir.File("corpus/fr-en/a.txt", FrEnCorpus);

        var (exit, stdout, stderr) = await CliRunner.Run("rules", "diff", "--baseline", "HEAD", "--rules", mine, Path.Combine(dir.Path, "corpus"), "--format", "json");

        Assert.True(exit == 0, stderr);
        AssertOnlyTheDecimalCommaRemoved(stdout);
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
