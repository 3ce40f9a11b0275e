using Translation.Quality.Alignment;
using Translation.Quality.Documents;
using Translation.Quality.Text;

namespace Translation.Quality.Rules;

/// <summary>
/// Runs every rule's own examples, LanguageTool-style: each flag example must give exactly one
/// finding at the marked span (with the expected fix), each pass example none, and applying the
/// suggestion must not fire the rule again.
/// </summary>
public sealed class RuleExampleRunner
{
    private readonly IPosTagger? _tagger;
    private readonly ILanguageIdentifier? _languageIdentifier;

    public RuleExampleRunner(IPosTagger? tagger = null, ILanguageIdentifier? languageIdentifier = null)
    {
        _tagger = tagger;
        _languageIdentifier = languageIdentifier;
    }

    /// <summary>
    /// Whether a rule's examples can run here: a rule that needs the POS tagger or the language
    /// identifier cannot be judged without it (its flag examples would all fail), so its examples
    /// are skipped, not failed.
    /// </summary>
    public bool CanRun(IRule rule) => (!rule.NeedsTagger || _tagger is not null) && (!rule.NeedsLanguageIdentifier || _languageIdentifier is not null);

    /// <summary>What a rule whose examples cannot run here is missing.</summary>
    public string Missing(IRule rule) => rule.NeedsTagger && _tagger is null ? "the POS tagger" : "a language identifier";

    public IReadOnlyList<ExampleFailure> Run(RulePack pack, IRule rule)
    {
        var failures = new List<ExampleFailure>();
        if (!CanRun(rule))
        {
            return failures;
        }

        var source = pack.SourceLanguage ?? "xx";
        var examples = rule.Info.Examples;
        if (examples.Flag.Count == 0)
        {
            failures.Add(new ExampleFailure(rule.Info.File, rule.Info.Id, rule.Info.Line, "the rule has no 'flag' example"));
        }

        foreach (var example in examples.Flag)
        {
            var (text, start, end) = example.Parse()!.Value;
            var findings = Check(rule, text, source, pack.TargetLanguage, out var diagnostics, example.Source, example.Fresh);
            var where = $"flag example \"{example.Marked}\"";
            if (diagnostics.Count > 0)
            {
                failures.Add(new ExampleFailure(rule.Info.File, rule.Info.Id, example.Line, $"{where}: {diagnostics[0].Message}"));
                continue;
            }

            if (findings.Count != 1 || findings[0].Start != start || findings[0].End != end)
            {
                var found = findings.Count == 0 ? "nothing" : string.Join("; ", findings.Select(f => $"\"{f.Text}\" at {f.Start}-{f.End}"));
                failures.Add(new ExampleFailure(rule.Info.File, rule.Info.Id, example.Line, $"{where}: expected one finding \"{text[start..end]}\" at {start}-{end}, found {found}"));
                continue;
            }

            var suggestion = findings[0].Suggestion;
            if (example.Fix is not null && suggestion != example.Fix)
            {
                failures.Add(new ExampleFailure(rule.Info.File, rule.Info.Id, example.Line, $"{where}: expected the suggestion \"{example.Fix}\", got \"{suggestion ?? "(none)"}\""));
                continue;
            }

            if (example.Fix is not null)
            {
                var fixedText = string.Concat(text.AsSpan(0, start), example.Fix, text.AsSpan(end));
                var again = Check(rule, fixedText, source, pack.TargetLanguage, out _, example.Source, example.Fresh);
                if (again.Count > 0)
                {
                    failures.Add(new ExampleFailure(rule.Info.File, rule.Info.Id, example.Line, $"{where}: applying the fix gives \"{fixedText}\", which the rule flags again (\"{again[0].Text}\")"));
                }
            }
        }

        foreach (var example in examples.Pass)
        {
            var findings = Check(rule, example.Text, source, pack.TargetLanguage, out var diagnostics, example.Source, example.Fresh);
            if (diagnostics.Count > 0)
            {
                failures.Add(new ExampleFailure(rule.Info.File, rule.Info.Id, example.Line, $"pass example \"{example.Text}\": {diagnostics[0].Message}"));
            }
            else if (findings.Count > 0)
            {
                failures.Add(new ExampleFailure(rule.Info.File, rule.Info.Id, example.Line, $"pass example \"{example.Text}\": expected no finding, found \"{findings[0].Text}\" at {findings[0].Start}-{findings[0].End}"));
            }
        }

        return failures;
    }

    public IReadOnlyList<ExampleFailure> RunAll(RuleSet rules) =>
        [.. rules.Packs.SelectMany(pack => pack.RulesWithExamples.SelectMany(rule => Run(pack, rule)))];

    /// <param name="sourceText">A bilingual example's source: aligned to the text the way the align stage does it.</param>
    /// <param name="fresh">A fresh-translation example's translation of <paramref name="sourceText"/>: compared with the whole text.</param>
    private List<Finding> Check(IRule rule, string text, string source, string target, out List<Diagnostic> diagnostics, string? sourceText = null, string? fresh = null)
    {
        var article = new Article { Id = "example", Path = "example", SourceLanguage = source, TargetLanguage = target, Text = text, SourceText = sourceText };
        var analysis = AnalyzedText.Analyze(article, _tagger, _languageIdentifier);
        var findings = new List<Finding>();
        diagnostics = [];
        var bilingual = ArticleAligner.Align(article, analysis.Sentences, diagnostics);
        IReadOnlyList<FreshTranslation>? translations = fresh is null || sourceText is null ? null : [new FreshTranslation(0, text.Length, sourceText, fresh)];
        RuleChecker.Run(new RuleContext(analysis, findings) { Bilingual = bilingual, FreshTranslations = translations }, [rule], findings, diagnostics);
        return findings;
    }
}

public sealed record ExampleFailure(string File, string RuleId, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {RuleId}: {Message}";
}
