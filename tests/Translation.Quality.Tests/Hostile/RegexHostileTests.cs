using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Hostile;

/// <summary>
/// A linguist's pattern that backtracks catastrophically: stopped by its timeout, reported for that
/// rule and article, while every other rule's findings and every other article are still there.
/// </summary>
public sealed class RegexHostileTests
{
    private const string HostilePack = """
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
        """;

    [Fact]
    public async Task CatastrophicPattern_TimesOutForThatRuleAndArticleAndTheRunGoesOn()
    {
        using var dir = new TempDir();
        var pipeline = dir.File("pipeline.yaml", "rules:\n  paths: [rules]\n");
        dir.File("rules/hostile.yaml", HostilePack);

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

    [Fact]
    public async Task PatternThatKeepsTimingOut_IsBenchedForTheRestOfTheRunSoTheRunEndsInTime()
    {
        using var dir = new TempDir();
        var pipeline = dir.File("pipeline.yaml", "rules:\n  paths: [rules]\n");
        dir.File("rules/hostile.yaml", HostilePack.Replace("timeoutMs: 100", "timeoutMs: 1000", StringComparison.Ordinal));
        const int articles = 20;
        for (var i = 0; i < articles; i++)
        {
            dir.File($"in/fr-en/slow-{i:00}.txt", $"It rose 2,5 percent in week {i} " + string.Join(' ', Enumerable.Repeat("and", 30)) + "!");
        }

        var run = await HostileRun.CheckAsync(Path.Combine(dir.Path, "out"), [Path.Combine(dir.Path, "in")], "--config", pipeline);

        Assert.Equal(3, run.Exit);
        run.AssertComplete(articles);
        var codes = run.Articles.Select(a => Assert.Single(HostileRun.Diagnostics(a)).Code).ToList();

        // Both cores may be timing it out at once when the third timeout lands: at most one more.
        Assert.InRange(codes.Count(c => c == "TQ301"), 3, 4);
        Assert.Equal(articles, codes.Count(c => c is "TQ301" or "TQ303"));
        var benched = HostileRun.Diagnostics(run.Articles[^1]).Single();
        Assert.Equal("TQ303", benched.Code);
        Assert.Contains("HOSTILE_BACKTRACK", benched.Message, StringComparison.Ordinal);
        Assert.Contains("not run", benched.Message, StringComparison.Ordinal);

        // Every article still gets the other rules' findings.
        Assert.All(run.Articles, a => Assert.Contains(HostileRun.Findings(a), f => f.GetProperty("text").GetString() == "2,5"));

        // Twenty articles at two one-second tries each are 20 s on two cores; benched, about 4.
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(15), $"took {run.Elapsed}");
    }
}
