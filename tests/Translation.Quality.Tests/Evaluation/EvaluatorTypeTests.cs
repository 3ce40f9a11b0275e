using Translation.Quality.Documents;
using Translation.Quality.Evaluation;
using Translation.Quality.Results;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Evaluation;

public sealed class EvaluatorTypeTests
{
    [Fact]
    public void Recall_is_counted_per_annotated_type_within_its_class()
    {
        const string text = "Voters their said than more people came.";
        var article = Analyze.Article(text);
        var gold = new GoldArticle(article, [
            new GoldDefect("word-order", 0, 12, "Voters their", null, "swap"),
            new GoldDefect("word-order", 18, 27, "than more", null, "swap"),
            new GoldDefect("mechanics", 39, 40, ".", null),
        ]);
        var finding = new Finding
        {
            Rule = "EN_WORD_ORDER", Class = "word-order", Category = "Fluency/Word order", Severity = Severity.Major,
            Start = 18, End = 27, Text = "than more", Sentence = text, Message = "m", Fingerprint = "f",
        };
        var result = new ArticleResult { Article = article, Status = ArticleStatus.Checked, Findings = [finding], Words = 7 };

        var report = Evaluator.Evaluate([(gold, result)]);

        var swap = Assert.Single(report.ByType);
        Assert.Equal("word-order/swap", swap.Key);
        Assert.Equal(new TypeCounts(2, 1), swap.Value);
        Assert.Equal(0.5, swap.Value.Recall);
    }
}
