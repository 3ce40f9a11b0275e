using Translation.Quality.Documents;
using Translation.Quality.Rules;
using Translation.Quality.Text;

namespace Translation.Quality.Tests.Support;

/// <summary>Runs rules over a text the way the check stage does.</summary>
public static class Analyze
{
    public static Article Article(string text, string source = "fr", string target = "en", string id = "a1") =>
        new() { Id = id, Path = id + ".txt", SourceLanguage = source, TargetLanguage = target, Text = text };

    public static (List<Finding> Findings, List<Diagnostic> Diagnostics) Run(string text, params IRule[] rules) => Run(Article(text), rules);

    /// <summary>Runs rules over an article of another source language than French.</summary>
    public static (List<Finding> Findings, List<Diagnostic> Diagnostics) Run(Article article, params IRule[] rules)
    {
        var findings = new List<Finding>();
        var diagnostics = new List<Diagnostic>();
        RuleChecker.Run(AnalyzedText.Analyze(article), rules, findings, diagnostics);
        return (findings, diagnostics);
    }
}
