using Translation.Quality.Tagging;
using Translation.Quality.Tests.Support;
using Translation.Quality.Tests.Tagging;
using Translation.Quality.Text;
using Translation.Quality.WordOrder;

namespace Translation.Quality.Tests.WordOrder;

public sealed class WordOrderScorerTests
{
    private static readonly WordOrderScorer Scorer = new(WordOrderModel.Default, new WordOrderScoringOptions());

    [Theory]
    [InlineData("Police arrested than more 20 suspects on Tuesday.", "than more", "more than")]
    [InlineData("The minister said the plan was the of end an era.", "of end", "end of")]
    public void A_swap_is_flagged_with_its_repair(string sentence, string stretch, string? repair)
    {
        var (text, issues, tokens) = Score(sentence);

        var issue = Assert.Single(issues);
        var from = tokens[issue.Start].Start;
        var to = tokens[issue.End - 1].End;
        Assert.Contains(text[from..to], stretch, StringComparison.Ordinal);
        Assert.True(issue.HasMove);
        if (repair is not null)
        {
            var order = WordOrderScorer.Rearranged(tokens.Length, issue);
            Assert.Equal(repair, string.Join(' ', order[issue.Start..issue.End].Select(i => tokens[i].GetText(text))));
        }
    }

    [Fact]
    public void Scoring_and_searching_a_sentence_allocates_nothing()
    {
        var text = Prepare("The minister said the plan was the of end an era, and the talks would resume next week.", out var tokens, out var tags, out var barrier);
        var issues = new List<WordOrderIssue>(8);
        Scorer.Analyze(text, tokens, tags, barrier, issues);

        issues.Clear();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Scorer.Analyze(text, tokens, tags, barrier, issues);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.NotEmpty(issues);
        Assert.Equal(0, allocated);
    }

    [Theory]
    [InlineData("Police arrested more than 20 suspects on Tuesday.")]
    [InlineData("The minister said the plan was the end of an era.")]
    [InlineData("The minister said the talks would resume in Brussels next week.")]
    public void Fluent_sentences_are_not_flagged(string sentence)
    {
        Assert.Empty(Score(sentence).Issues);
    }

    [Fact]
    public void A_swapped_sentence_scores_worse_than_its_fluent_original()
    {
        var fluent = Scorer.Analyze(Prepare("Police arrested more than 20 suspects on Tuesday.", out var t1, out var g1, out var b1), t1, g1, b1, null);
        var swapped = Scorer.Analyze(Prepare("Police arrested than more 20 suspects on Tuesday.", out var t2, out var g2, out var b2), t2, g2, b2, null);

        Assert.True(swapped > fluent, $"{swapped} should exceed {fluent}");
    }

    [Fact]
    public void Names_and_numbers_are_barriers_but_a_lone_capitalised_adjective_is_not()
    {
        var text = Prepare("The minister Spanish met Pedro Sanz on 12 May.", out var tokens, out var tags, out var barrier);

        var barriers = tokens.Select((t, i) => (Text: t.GetText(text), Barrier: barrier[i])).Where(x => x.Barrier).Select(x => x.Text);
        Assert.Equal(["Pedro", "Sanz", "12", "."], barriers);
    }

    [Fact]
    public void Rearranged_moves_a_block_back_and_forth()
    {
        Assert.Equal([0, 2, 3, 1, 4], WordOrderScorer.Rearranged(5, new WordOrderIssue(1, 4, 0, 1, 1, 2)));
        Assert.Equal([0, 3, 1, 2, 4], WordOrderScorer.Rearranged(5, new WordOrderIssue(1, 4, 0, 3, 1, -2)));
        Assert.Equal([0, 1, 2], WordOrderScorer.Rearranged(3, new WordOrderIssue(0, 2, 0, 0, 0, 0)));
    }

    [Fact]
    public void Synthetic_defects_are_found_more_often_than_clean_sentences_are_flagged()
    {
        var sample = SampleData.Sentences;

        var result = WordOrderEvaluator.Evaluate(Scorer, PerceptronTagger.Default, sample);

        Assert.Equal(sample.Count, result.Sentences);
        Assert.True(result.Recall["swap"].Cases > 0);
        var cleanRate = (double)result.FalseAlarms / result.Sentences;
        Assert.True(result.Recall["swap"].Rate > cleanRate, $"swap recall {result.Recall["swap"].Rate} vs clean flag rate {cleanRate}");
    }

    private static (string Text, List<WordOrderIssue> Issues, Token[] Tokens) Score(string sentence)
    {
        var text = Prepare(sentence, out var tokens, out var tags, out var barrier);
        var issues = new List<WordOrderIssue>();
        Scorer.Analyze(text, tokens, tags, barrier, issues);
        return (text, issues, tokens);
    }

    private static string Prepare(string sentence, out Token[] tokens, out PosTag[] tags, out bool[] barrier)
    {
        var analysis = AnalyzedText.Analyze(Analyze.Article(sentence), PerceptronTagger.Default);
        tokens = analysis.Tokens;
        tags = analysis.TagsOf(0).ToArray();
        barrier = new bool[tokens.Length];
        WordOrderScorer.MarkBarriers(sentence, tokens, tags, barrier);
        return sentence;
    }
}
