using System.Collections.Concurrent;
using Translation.Quality.Documents;
using Translation.Quality.Rules;

namespace Translation.Quality.Pipeline.Stages;

/// <summary>Runs the rule packs that apply to the article's language pair.</summary>
internal sealed class CheckStage : IArticleStage
{
    /// <summary>
    /// A rule that timed out on this many articles is not run on the rest: at two tries of its timeout
    /// an article, a backtracking pattern would stretch a night's 50,000 articles into days.
    /// </summary>
    public const int MaxTimeouts = 3;

    private readonly RuleSet _rules;

    /// <summary>Articles each rule timed out on in this run, by rule id (one stage serves one run).</summary>
    private readonly ConcurrentDictionary<string, int> _timeouts = new(StringComparer.Ordinal);

    public CheckStage(RuleSet rules)
    {
        _rules = rules;
    }

    public string Name => "check";

    public void Process(ArticleWork work, CancellationToken cancellationToken)
    {
        var analysis = work.Analysis ?? throw new InvalidOperationException("The check stage needs the segment stage before it.");
        var rules = _rules.For(work.Article.SourceLanguage, work.Article.TargetLanguage);
        if (NoSourcePack(work.Article.SourceLanguage, work.Article.TargetLanguage) is { } missing)
        {
            work.Diagnostics.Add(new Diagnostic(NoSourcePackCode, Name, missing, IsError: false));
        }
        if (!_timeouts.IsEmpty)
        {
            rules = [.. rules.Where(rule => Runs(rule, work))];
        }

        // Rules see the normalised text; findings quote the article exactly as read, sentence and all.
        RuleChecker.Run(analysis, rules, work.Findings, work.Diagnostics, cancellationToken, quoteText: work.Article.Text,
            timedOut: rule => _timeouts.AddOrUpdate(rule.Info.Id, 1, (_, n) => n + 1), bilingual: work.Bilingual);
    }

    /// <summary>The warning an article gets when no pack knows its source language: it was checked, but only partly.</summary>
    public const string NoSourcePackCode = DiagnosticCodes.NoSourcePack;

    private string? NoSourcePack(string source, string target)
    {
        if (_rules.Packs.Any(p => p.SourceLanguage is not null && p.AppliesTo(source, target)))
        {
            return null;
        }

        return _rules.Packs.Any(p => p.AppliesTo(source, target))
            ? $"no rule pack for the source language '{source}' ({source}-{target}): only the '{target}' target-language checks ran, none of the source-language knowledge"
            : $"no rule pack for {source}-{target} nor for the target language '{target}': no rule ran on this article";
    }

    private bool Runs(IRule rule, ArticleWork work)
    {
        if (!_timeouts.TryGetValue(rule.Info.Id, out var count) || count < MaxTimeouts)
        {
            return true;
        }

        work.Diagnostics.Add(new Diagnostic("TQ303", Name, $"rule {rule.Info.Id} ({rule.Info.File}:{rule.Info.Line}) was not run: it timed out on {count} articles already in this run; its pattern backtracks too much. The other rules ran."));
        return false;
    }
}
