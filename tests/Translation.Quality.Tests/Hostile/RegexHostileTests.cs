using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Hostile;

/// <summary>
/// A linguist's pattern that backtracks catastrophically: stopped by its timeout, reported for that
/// rule and article, while every other rule's findings and every other article are still there.
/// </summary>
public sealed class RegexHostileTests
{
    [Fact]
    public async Task CatastrophicPattern_TimesOutForThatRuleAndArticleAndTheRunGoesOn()
    {
        using var dir = new TempDir();
        var pipeline = dir.File("pipeline.yaml", "rules:\n  paths: [rules]\n");
        dir.File("rules/hostile.yaml", """
            pack: hostile
            source: fr
            target: en
            rules:
              - id: HOSTILE_BACKTRACK
                kind: pattern
                class: test
                category: Fluency
                severity: minor
                message: nested quantifiers
                pattern: '(\s*\w+\s*)+$'
                timeoutMs: 100
            """);

        // A long run of words and a "!" the pattern cannot end on: each letter doubles the ways to fail.
        var slow = "The the talks lasted 2,5 hours " + string.Join(' ', Enumerable.Repeat("and", 30)) + "!";
        dir.File("in/fr-en/a-slow.txt", slow);
        // Short runs of words: the same pattern fails fast here.
        dir.File("in/fr-en/b-fine.txt", "It rose 2,5 percent, the the aide said.");

        var run = await HostileRun.CheckAsync(Path.Combine(dir.Path, "out"), [Path.Combine(dir.Path, "in")], "--config", pipeline);

        Assert.Equal(3, run.Exit);
        run.AssertComplete(2);
        var a = run.Article("a-slow.txt");
        Assert.Equal("checked", HostileRun.Status(a));
        var timeout = Assert.Single(HostileRun.Diagnostics(a));
        Assert.Equal("TQ301", timeout.Code);
        Assert.Contains("HOSTILE_BACKTRACK", timeout.Message, StringComparison.Ordinal);
        Assert.Contains("hostile.yaml", timeout.Message, StringComparison.Ordinal);
        Assert.Contains("timed out", timeout.Message, StringComparison.Ordinal);
        var rules = HostileRun.Findings(a).Select(f => f.GetProperty("rule").GetString()).ToHashSet();
        Assert.Contains("FR_DECIMAL_COMMA", rules);
        Assert.DoesNotContain("HOSTILE_BACKTRACK", rules);
        HostileRun.AssertOffsetsExact(a, slow);

        var b = run.Article("b-fine.txt");
        Assert.Empty(HostileRun.Diagnostics(b));
        Assert.NotEmpty(HostileRun.Findings(b));

        // Two tries of 100 ms, not the 2^100 steps the pattern asks for.
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(30), $"took {run.Elapsed}");
    }
}
