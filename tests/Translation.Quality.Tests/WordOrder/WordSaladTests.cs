using Translation.Quality.Tagging;
using Translation.Quality.Tests.Support;
using Translation.Quality.Text;
using Translation.Quality.WordOrder;

namespace Translation.Quality.Tests.WordOrder;

public sealed class WordSaladTests
{
    private static readonly WordOrderScoringOptions Options = new() { SaladThreshold = 1.0, SaladWindow = 5, SaladRun = 2 };

    [Fact]
    public void A_run_improbable_both_ways_is_a_candidate_trimmed_to_its_words()
    {
        float[] forward = [-10, -10, 3, 3, 3, 3, 3, 3, -10, -10];
        float[] backward = [-10, -10, 3, 3, 3, 3, 3, 3, -10, -10];
        bool[] word = [true, true, false, true, true, true, true, true, true, true];
        var k = 0;

        Assert.True(WordSalad.Next(forward, backward, word, Options, ref k, out var from, out var to));
        Assert.Equal(3, from);
        Assert.Equal(8, to);
        Assert.False(WordSalad.Next(forward, backward, word, Options, ref k, out _, out _));
    }

    [Fact]
    public void A_stretch_improbable_one_way_only_is_not_a_candidate()
    {
        float[] forward = [-2, 3, 3, 3, 3, 3, 3, 3, -2, -2];
        float[] backward = [-2, -1, -1, -1, -1, -1, -1, -1, -2, -2];
        var word = Enumerable.Repeat(true, 10).ToArray();
        var k = 0;

        Assert.False(WordSalad.Next(forward, backward, word, Options, ref k, out _, out _));
    }

    [Fact]
    public void A_single_bad_window_is_not_enough_when_a_run_is_asked_for()
    {
        float[] forward = [-20, -20, 4, 4, 4, 4, 4, -20, -20, -20];
        float[] backward = [-20, -20, 4, 4, 4, 4, 4, -20, -20, -20];
        var word = Enumerable.Repeat(true, 10).ToArray();
        var k = 0;

        Assert.False(WordSalad.Next(forward, backward, word, Options, ref k, out _, out _));
        k = 0;
        Assert.True(WordSalad.Next(forward, backward, word, Options with { SaladRun = 1 }, ref k, out _, out _));
    }

    [Fact]
    public void The_scorer_reports_a_scrambled_stretch_as_salad_and_leaves_its_original_alone()
    {
        var scorer = new WordOrderScorer(WordOrderModel.Default, new WordOrderScoringOptions());

        var salad = Score(scorer, "Hundreds of people gathered in the main to at fireworks square the watch midnight.");
        var clean = Score(scorer, "Hundreds of people gathered in the main square to watch the fireworks at midnight.");

        var issue = Assert.Single(salad);
        Assert.True(issue.Salad);
        Assert.False(issue.HasMove);
        Assert.True(issue.End - issue.Start >= 5);
        Assert.Empty(clean);
    }

    [Fact]
    public void Without_moves_to_try_nothing_is_salad()
    {
        var scorer = new WordOrderScorer(WordOrderModel.Default, new WordOrderScoringOptions { SaladMoves = 0 });

        Assert.DoesNotContain(Score(scorer, "Hundreds of people gathered in the main to at fireworks square the watch midnight."), i => i.Salad);
    }

    private static List<WordOrderIssue> Score(WordOrderScorer scorer, string sentence)
    {
        var analysis = AnalyzedText.Analyze(Analyze.Article(sentence), PerceptronTagger.Default);
        var tokens = analysis.Tokens;
        var tags = analysis.TagsOf(0).ToArray();
        var barrier = new bool[tokens.Length];
        WordOrderScorer.MarkBarriers(sentence, tokens, tags, barrier);
        var issues = new List<WordOrderIssue>();
        scorer.Analyze(sentence, tokens, tags, barrier, issues);
        return issues;
    }
}
