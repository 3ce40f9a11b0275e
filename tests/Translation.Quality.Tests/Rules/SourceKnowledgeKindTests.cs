using Translation.Quality.Lexicon;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Rules;

/// <summary>The mechanisms of issue 14: inflected and gapped phrases, topic context, hearsay modals, animacy, disabled rules.</summary>
public sealed class SourceKnowledgeKindTests
{
    [Fact]
    public void PhraseList_InflectedWordMatchesEveryForm()
    {
        var rule = PackBuilder.Rule("phrase-list", """
                phrases: ["<give> a step"]
            """);

        foreach (var (text, expected) in new[] { ("They give a step.", "give a step"), ("She gives a step.", "gives a step"), ("He gave a step.", "gave a step"), ("By giving a step.", "giving a step") })
        {
            var (findings, _) = Analyze.Run(text, rule);
            Assert.Equal(expected, Assert.Single(findings).Text);
        }
    }

    [Fact]
    public void PhraseList_InflectedVerbInOTakesEs()
    {
        var rule = PackBuilder.Rule("phrase-list", """
                phrases: ["<go> out from that"]
            """);

        Assert.Equal("goes out from that", Assert.Single(Analyze.Run("The union goes out from that the talks fail.", rule).Findings).Text);
        Assert.Equal("went out from that", Assert.Single(Analyze.Run("The union went out from that the talks failed.", rule).Findings).Text);
    }

    [Fact]
    public void PhraseList_GapSpansUpToMaxGapWordsInTheSameClause()
    {
        var rule = PackBuilder.Rule("phrase-list", """
                maxGap: 3
                phrases: ["<put> ... in place"]
            """);

        Assert.Equal("put new checks in place", Assert.Single(Analyze.Run("They put new checks in place.", rule).Findings).Text);
        Assert.Empty(Analyze.Run("They put one two three four in place.", rule).Findings);
        Assert.Empty(Analyze.Run("They put it away. In place of it, a box.", rule).Findings);
    }

    [Fact]
    public void PhraseList_NearNeedsATopicWordOnEitherSide()
    {
        var rule = PackBuilder.Rule("phrase-list", """
                phrases: [{ phrase: "process", near: [court, defence] }]
            """);

        Assert.Single(Analyze.Run("At the start of the process, the defence spoke.", rule).Findings);
        Assert.Single(Analyze.Run("The court opened the process on Monday.", rule).Findings);
        Assert.Empty(Analyze.Run("The peace process stalled on Monday.", rule).Findings);
    }

    [Fact]
    public void HearsayModal_FlagsAttributedClaimsAndLeavesConditionalsQuiet()
    {
        var rule = PackBuilder.Rule("hearsay-modal", """
                modals: [would]
                be: true
            """);

        var flagged = Assert.Single(Analyze.Run("The minister would have met the envoy in secret, according to the daily.", rule).Findings);
        Assert.Equal("would have met", flagged.Text);
        Assert.Equal("reportedly met", flagged.Suggestion);
        Assert.Empty(Analyze.Run("If he had come, the minister would have met the envoy, according to the daily.", rule).Findings);
        Assert.Empty(Analyze.Run("The minister would have met the envoy in secret.", rule).Findings);
        Assert.Empty(Analyze.Run("The daily said the minister would have met the envoy.", rule).Findings);
    }

    [Fact]
    public void AnimacyLexicon_KnowsPeopleGroupsAndThingsFromWordNet()
    {
        var lexicon = AnimacyLexicon.Default;

        Assert.Equal(Animacy.Person, lexicon.Of("nurses"));
        Assert.Equal(Animacy.Group, lexicon.Of("committee"));
        Assert.Equal(Animacy.Thing, lexicon.Of("launchers"));
        Assert.Equal(Animacy.Unknown, lexicon.Of("bridge"));
    }

    [Fact]
    public void AnimacyLexicon_ReadsTheTabSeparatedFormat()
    {
        var lexicon = AnimacyLexicon.Read(new StringReader("# comment\nnurse\tP\nteam\tG\npage\tM\nreactor\tT\n"));

        Assert.Equal(4, lexicon.Count);
        Assert.Equal(Animacy.Person, lexicon.Of("nurse"));
        Assert.Equal(Animacy.Mixed, lexicon.Of("pages"));
        Assert.Equal(Animacy.Thing, lexicon.Of("reactors"));
    }

    [Fact]
    public void RelativePronoun_WhichForAPersonIsFlaggedButNotForAGroup()
    {
        var rule = PackBuilder.Rule("relative-pronoun", """
                pronouns: [which]
                refersTo: person
                animacy: wordnet
            """, source: "de");

        Assert.Equal("which", Assert.Single(Analyze.Run("The nurses, which worked all night, were praised.", rule).Findings).Text);
        Assert.Empty(Analyze.Run("The committee, which met on Friday, agreed.", rule).Findings);
    }

    [Fact]
    public void DisabledRule_IsNotRunButItsExamplesAre()
    {
        var pack = PackBuilder.Load("""
            pack: t
            target: en
            rules:
              - id: T_OFF
                kind: pattern
                class: test
                category: Fluency
                severity: minor
                message: m
                enabled: false
                pattern: "zzzz"
                examples:
                  flag:
                    - "A [[yyyy]] here."
                  pass:
                    - "Nothing."
            """);

        Assert.Empty(pack.Rules);
        var failure = Assert.Single(new Translation.Quality.Rules.RuleExampleRunner().Run(pack, Assert.Single(pack.Disabled)));
        Assert.Equal("T_OFF", failure.RuleId);
    }
}
