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
        RuleChecker.Run(analysis, rules, work.Findings, work.Diagnostics, cancellationToken);

        // Rules saw the normalised text; findings must quote the article exactly as read.
        if (!ReferenceEquals(work.AnalysisText, work.Article.Text))
        {
            for (var i = 0; i < work.Findings.Count; i++)
            {
                var f = work.Findings[i];
                work.Findings[i] = f with { Text = work.Article.Text[f.Start..f.End] };
            }
        }
    }
}
