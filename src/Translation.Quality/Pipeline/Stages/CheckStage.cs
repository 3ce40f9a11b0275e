using Translation.Quality.Rules;

namespace Translation.Quality.Pipeline.Stages;

/// <summary>Runs the rule packs that apply to the article's language pair.</summary>
public sealed class CheckStage : IArticleStage
{
    private readonly RuleSet _rules;

    public CheckStage(RuleSet rules)
    {
        _rules = rules;
    }

    public string Name => "check";

    public void Process(ArticleWork work, CancellationToken cancellationToken)
    {
        var analysis = work.Analysis ?? throw new InvalidOperationException("The check stage needs the segment stage before it.");
        var rules = _rules.For(work.Article.SourceLanguage, work.Article.TargetLanguage);

        // Rules see the normalised text; findings quote the article exactly as read, sentence and all.
        RuleChecker.Run(analysis, rules, work.Findings, work.Diagnostics, cancellationToken, quoteText: work.Article.Text);
    }
}
