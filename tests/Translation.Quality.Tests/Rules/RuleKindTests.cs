using Translation.Quality.Documents;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Rules;

public sealed class RuleKindTests
{
    [Fact]
    public void Pattern_FlagsTheChosenGroupAndFillsTheSuggestion()
    {
        var rule = PackBuilder.Rule("pattern", """
                pattern: "\\b(the minister) (German|French) (of \\w+)"
                group: 0
                suggestion: "the $2 $1 $3"
            """);

        var (findings, _) = Analyze.Run("Yesterday the minister German of Finance spoke.", rule);

        var f = Assert.Single(findings);
        Assert.Equal("the minister German of Finance", f.Text);
        Assert.Equal("the German the minister of Finance", f.Suggestion);
    }

    [Fact]
    public void Pattern_CatastrophicBacktrackingIsStoppedAndReportedForThatRuleOnly()
    {
        var slow = PackBuilder.Rule("pattern", """
                pattern: "^(a+)+$"
                timeoutMs: 20
            """);
        var text = new string('a', 5000) + "!";

        var (findings, diagnostics) = Analyze.Run(text, slow);

        Assert.Empty(findings);
        var d = Assert.Single(diagnostics);
        Assert.Equal("TQ301", d.Code);
        Assert.Contains("T_RULE", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PhraseList_FindsManyPhrasesInOnePassWithPerPhraseMessages()
    {
        var phrases = string.Join("\n", Enumerable.Range(0, 300).Select(i => $"      - {{ phrase: \"filler phrase {i}\", suggestion: \"s{i}\" }}"));
        var rule = PackBuilder.Rule("phrase-list", """
                phrases:
                  - { phrase: "at the current hour", suggestion: "at present", message: "calque of à l'heure actuelle" }
            """ + "\n" + phrases);

        var (findings, _) = Analyze.Run("At the current hour, talks go on. Filler phrase 17 too.", rule);

        Assert.Collection(findings,
            f =>
            {
                Assert.Equal("At the current hour", f.Text);
                Assert.Equal("at present", f.Suggestion);
                Assert.Equal("calque of à l'heure actuelle", f.Message);
            },
            f => Assert.Equal("s17", f.Suggestion));
    }

    [Fact]
    public void PhraseList_RespectsWholeWordAndCaseOptions()
    {
        var wholeWord = PackBuilder.Rule("phrase-list", """
                phrases: [cat]
            """);
        var caseSensitive = PackBuilder.Rule("phrase-list", """
                ignoreCase: false
                phrases: [Cat]
            """);

        Assert.Single(Analyze.Run("A cat sat on the concatenated mat.", wholeWord).Findings);
        Assert.Empty(Analyze.Run("The cat sat.", caseSensitive).Findings);
        Assert.Single(Analyze.Run("The Cat sat.", caseSensitive).Findings);
    }

    [Fact]
    public void PhraseList_ContextWordsSilenceCorrectUses()
    {
        var rule = PackBuilder.Rule("phrase-list", """
                phrases: ["number one"]
                notPrecededBy: [world]
                notFollowedBy: [priority]
            """);

        Assert.Single(Analyze.Run("The Cuban number one arrived.", rule).Findings);
        Assert.Empty(Analyze.Run("The world number one arrived.", rule).Findings);
        Assert.Empty(Analyze.Run("It is our number one priority.", rule).Findings);
    }

    [Fact]
    public void RepeatedWord_FlagsDoublesButNotListedExceptions()
    {
        var rule = PackBuilder.Rule("repeated-word", """
                exceptions: [had]
            """);

        var (findings, _) = Analyze.Run("He had had enough of the the delays. And and then.", rule);

        Assert.Equal(["the the", "And and"], findings.Select(f => f.Text));
        Assert.Equal("the", findings[0].Suggestion);
    }

    [Theory]
    [InlineData("It was the first FIRST for the club.")]
    [InlineData("The band Duran Duran played in Leeds.")]
    [InlineData("Sirhan Sirhan was denied parole again.")]
    [InlineData("He said NO no to the plan.")]
    public void RepeatedWord_LeavesCaseDifferingPairsAndReduplicatedNamesAlone(string text)
    {
        var rule = PackBuilder.Rule("repeated-word", "    exceptions: []");

        Assert.Empty(Analyze.Run(text, rule).Findings);
    }

    [Fact]
    public void RepeatedWord_StillFlagsADoubleAfterTheSentenceCapital()
    {
        var rule = PackBuilder.Rule("repeated-word", "    exceptions: []");

        Assert.Equal(["The the", "in in"], Analyze.Run("The the vote was held in in Paris.", rule).Findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("date-slash-dmy", "Signed on 15/09/2023 in Paris.", "15/09/2023", "Sept. 15, 2023")]
    [InlineData("date-dotted-dmy", "Signed on 20.03.2024 in Bonn.", "20.03.2024", "March 20, 2024")]
    [InlineData("decimal-comma", "It costs 1,5 million euros.", "1,5", "1.5")]
    [InlineData("thousands-dot", "Some 3.000 people came.", "3.000", "3,000")]
    [InlineData("time-h", "The vote opens at 14h30 sharp.", "14h30", "2:30 p.m.")]
    [InlineData("time-h", "The vote opens at 9h.", "9h", "9 a.m.")]
    [InlineData("time-uhr", "Es beginnt um 18.45 Uhr heute.", "18.45 Uhr", "6:45 p.m.")]
    [InlineData("spaced-punctuation", "He said : no.", " :", ":")]
    [InlineData("guillemets", "He called it « a farce » today.", "« a farce »", "“a farce”")]
    public void LocaleFormat_FlagsSourceFormatsAndDerivesTheEnglishForm(string check, string text, string flagged, string suggestion)
    {
        var rule = PackBuilder.Rule("locale-format", $"""
                checks: [{check}]
            """);

        var f = Assert.Single(Analyze.Run(text, rule).Findings);
        Assert.Equal(flagged, f.Text);
        Assert.Equal(suggestion, f.Suggestion);
    }

    [Theory]
    [InlineData("date-slash-dmy", "The ratio was 3/4 in 2023.")]
    [InlineData("decimal-comma", "Some 1,500 people and 12,000 troops.")]
    [InlineData("thousands-dot", "The index rose 3.5 points.")]
    [InlineData("time-h", "The H5N1 virus and 4h of footage.")]
    [InlineData("spaced-punctuation", "The ratio: 3:1 at 10:30.")]
    public void LocaleFormat_LeavesEnglishFormsAlone(string check, string text)
    {
        var rule = PackBuilder.Rule("locale-format", $"""
                checks: [{check}]
            """);

        Assert.Empty(Analyze.Run(text, rule).Findings);
    }

    [Fact]
    public void Findings_QuoteTheArticleExactlyAndCarryStableFingerprints()
    {
        var rule = PackBuilder.Rule("repeated-word", "    exceptions: []");
        const string text = "First line.\n\nThe the vote was held.";
        const string edited = "A new opening paragraph was added.\n\nThe the vote was held.";

        var a = Assert.Single(Analyze.Run(text, rule).Findings);
        var b = Assert.Single(Analyze.Run(edited, rule).Findings);

        Assert.Equal(text[a.Start..a.End], a.Text);
        Assert.Equal("The the vote was held.", a.Sentence);
        Assert.Equal(Severity.Minor, a.Severity);
        Assert.Equal(a.Fingerprint, b.Fingerprint);
        Assert.NotEqual(a.Start, b.Start);
    }
}
