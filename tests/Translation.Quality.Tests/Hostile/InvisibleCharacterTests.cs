using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Hostile;

/// <summary>
/// Direction marks, zero-width characters and astral characters inside words: offsets still quote
/// the article exactly as read, and the reports can be written.
/// </summary>
public sealed class InvisibleCharacterTests
{
    [Fact]
    public async Task MarksAndZeroWidthCharactersInsideWords_LeaveEveryOffsetExact()
    {
        using var dir = new TempDir();
        var text = "PARIS (AFP) \u2013 The Cuban number\u200B one Deg\u200Dtiarev arrived on 21/06/2024 at 14h30 , offi\u00ADcials said.\n\n"
                   + "The the talks lasted 2,5 hours, \u202Bقال المتحدث\u202C and \u2067\u05E9\u05DC\u05D5\u05DD\u2069 after the the \u200Emeeting\u200F.\n"
                   + "\uFEFFWhom the factory\u2060 had visited , \u00ABwe will\u00BB \u2014 he said on 15/09/2023.";
        dir.File("in/fr-en/marks.txt", text);
        dir.File("in/fr-en/plain.txt", HostileCopy.Garbled);

        var run = await HostileRun.CheckAsync(Path.Combine(dir.Path, "out"), [Path.Combine(dir.Path, "in")]);

        run.AssertComplete(2);
        var article = run.Article("marks.txt");
        Assert.Equal("checked", HostileRun.Status(article));
        Assert.Empty(HostileRun.Diagnostics(article));
        var findings = HostileRun.Findings(article).ToList();
        Assert.True(findings.Count >= 4, $"{findings.Count} findings");
        HostileRun.AssertOffsetsExact(article, text);
        Assert.Contains(findings, f => f.GetProperty("text").GetString() == "2,5");
        Assert.Contains(findings, f => f.GetProperty("text").GetString() == "15/09/2023");
        Assert.NotEmpty(HostileRun.Findings(run.Article("plain.txt")));
    }

    [Fact]
    public async Task PatternMatchingHalfASurrogatePair_FlagsTheWholeCharacterAndTheReportsAreWritten()
    {
        using var dir = new TempDir();
        var pipeline = dir.File("pipeline.yaml", "rules:\n  paths: [rules]\n");
        dir.File("rules/astral.yaml", """
            pack: astral
            target: en
            rules:
              - id: LOW_SURROGATE
                kind: pattern
                class: test
                category: Fluency
                severity: minor
                message: half a character
                pattern: '[\uDC00-\uDFFF]'
              - id: HIGH_SURROGATE_AND_AFTER
                kind: pattern
                class: test
                category: Fluency
                severity: minor
                message: half a character and the next
                pattern: '[\uD800-\uDBFF]'
            """);
        var text = "Smile \U0001F600 now, said \U0001D400lice. The the end \U0001F4F0";
        dir.File("in/fr-en/astral.txt", text);

        var run = await HostileRun.CheckAsync(Path.Combine(dir.Path, "out"), [Path.Combine(dir.Path, "in")], "--config", pipeline);

        run.AssertComplete(1);
        var article = run.Article("astral.txt");
        Assert.Empty(HostileRun.Diagnostics(article));
        HostileRun.AssertOffsetsExact(article, text);
        var astral = HostileRun.Findings(article).Where(f => f.GetProperty("rule").GetString()!.EndsWith("SURROGATE", StringComparison.Ordinal)
                                                            || f.GetProperty("rule").GetString()!.EndsWith("AFTER", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, astral.Count);
        Assert.All(astral, f => Assert.Equal(2, f.GetProperty("text").GetString()!.Length));
        Assert.Contains(HostileRun.Findings(article), f => f.GetProperty("text").GetString() == "The the");
    }
}
