using System.Diagnostics;
using System.Text;
using Translation.Quality.Tests.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Hostile;

/// <summary>
/// Configuration built to exhaust the loader: a clear error naming the file, exit 2, at once, and
/// no article checked under a configuration that could not be read.
/// </summary>
public sealed class ConfigHostileTests
{
    [Fact]
    public async Task AliasBombInARulePack_IsAConfigErrorNamingThePack()
    {
        using var dir = new TempDir();
        var pipeline = dir.File("pipeline.yaml", "rules:\n  paths: [rules]\n");
        dir.File("rules/bomb.yaml", "pack: bomb\ntarget: en\n" + AliasBomb(levels: 9) + "rules: []\n");

        var (exit, err) = await Check(dir, pipeline);

        Assert.Equal(2, exit);
        Assert.Contains("bomb.yaml:", err, StringComparison.Ordinal);
        Assert.Contains("aliases", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AliasBombJustUnderTheAliasLimitInARuleParameter_IsReadWithoutExpandingIt()
    {
        // 63 aliases: 9^7 (4.8 million) strings if anything walked it as a tree.
        using var dir = new TempDir();
        var pipeline = dir.File("pipeline.yaml", "rules:\n  paths: [rules]\n");
        dir.File("rules/bomb.yaml", "pack: bomb\ntarget: en\n" + AliasBomb(levels: 8) + """
            rules:
              - id: BOMB_PHRASES
                kind: phrase-list
                class: c
                category: k
                severity: minor
                message: m
                phrases: *l7

            """);

        var (exit, err) = await Check(dir, pipeline);

        Assert.Equal(2, exit);
        Assert.Contains("bomb.yaml:", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AliasBombInPipelineYaml_IsAConfigErrorNamingIt()
    {
        using var dir = new TempDir();
        var pipeline = dir.File("pipeline.yaml", AliasBomb(levels: 9) + "stages: *l8\n");

        var (exit, err) = await Check(dir, pipeline);

        Assert.Equal(2, exit);
        Assert.Contains($"{pipeline}:", err, StringComparison.Ordinal);
        Assert.Contains("aliases", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YamlNestedAHundredThousandDeep_IsAConfigErrorNotAStackOverflow()
    {
        using var dir = new TempDir();
        var pipeline = dir.File("pipeline.yaml", "rules:\n  paths: [rules]\n");
        dir.File("rules/deep.yaml", "pack: deep\ntarget: en\nrules: []\nx: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        var deepPipeline = dir.File("deep-pipeline.yaml", "stages: " + new string('[', 100_000) + new string(']', 100_000) + "\n");

        var (exit, err) = await Check(dir, pipeline);
        var (pipelineExit, pipelineErr) = await Check(dir, deepPipeline);

        Assert.Equal(2, exit);
        Assert.Contains("deep.yaml:4:", err, StringComparison.Ordinal);
        Assert.Contains("nested more than", err, StringComparison.Ordinal);
        Assert.Equal(2, pipelineExit);
        Assert.Contains($"{deepPipeline}:1:", pipelineErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulePackPathToADeviceThatNeverEnds_IsAConfigErrorNotAHang()
    {
        using var dir = new TempDir();
        var pipeline = dir.File("pipeline.yaml", "rules:\n  paths: [/dev/zero]\n");

        var (exit, err) = await Check(dir, pipeline);

        Assert.Equal(2, exit);
        Assert.Contains("/dev/zero", err, StringComparison.Ordinal);
        Assert.Contains("larger than", err, StringComparison.Ordinal);
    }

    /// <summary>
    /// "l0: &amp;l0 [lol × 9]", then each level a list of nine aliases of the one before: 9 × (levels − 1)
    /// aliases that stand for 9^levels strings.
    /// </summary>
    private static string AliasBomb(int levels)
    {
        var yaml = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < levels; i++)
        {
            yaml.Append($"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9))}]\n");
        }

        return yaml.ToString();
    }

    private static async Task<(int Exit, string Err)> Check(TempDir dir, string pipeline)
    {
        var article = dir.File("in/fr-en/a.txt", HostileCopy.Garbled);
        var outDir = Path.Combine(dir.Path, "out");
        var (exit, _, err) = await CliRunner.Run("check", article, "--config", pipeline, "--out", outDir);

        // Nothing is checked under a configuration that could not be read.
        Assert.False(File.Exists(Path.Combine(outDir, "report.json")));
        return (exit, err);
    }
}
