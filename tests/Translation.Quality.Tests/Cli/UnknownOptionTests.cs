using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Cli;

/// <summary>A mistyped option is named as one, with the option meant; never "input not found: --fmt".</summary>
public sealed class UnknownOptionTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Theory]
    [InlineData("--fmt", "html", "--format")]
    [InlineData("--output", "x", "--out")]
    [InlineData("--source", "fr", "--source-lang")]
    [InlineData("--foramt", "md", "--format")]
    public async Task Check_MistypedOption_IsAUsageError_ThatSuggestsTheOption(string typo, string value, string meant)
    {
        var file = _dir.File("fr-en/a.txt", "The council met on Tuesday.");

        var (exit, _, stderr) = await CliRunner.Run("check", file, typo, value, "--out", Path.Combine(_dir.Path, "out"));

        Assert.Equal(2, exit);
        Assert.Contains($"unknown option '{typo}' for 'tqa check' (did you mean {meant}?)", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("input not found", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir.Path, "out")));
    }

    [Fact]
    public async Task ReviewList_UnknownOption_IsNamed()
    {
        var (exit, _, stderr) = await CliRunner.Run("review", "list", "--stauts", "open");

        Assert.Equal(2, exit);
        Assert.Contains("unknown option '--stauts' for 'tqa review list' (did you mean --status?)", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
