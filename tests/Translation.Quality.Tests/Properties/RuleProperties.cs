using System.Collections.Concurrent;
using CsCheck;
using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Language;
using Translation.Quality.Pipeline;
using Translation.Quality.Pipeline.Stages;
using Translation.Quality.Results;
using Translation.Quality.Rules;
using Translation.Quality.Scoring;
using Translation.Quality.Tagging;
using Translation.Quality.Yaml;

namespace Translation.Quality.Tests.Properties;

/// <summary>
/// Every rule of every kind, the built-in packs for fr-en, es-en and de-en and a synthetic rule of
/// each kind, over generated input through the real stages: nothing throws, no rule crashes, and
/// every finding quotes the article exactly.
/// </summary>
public sealed class RuleProperties
{
    private const long Iterations = 400;

    private static readonly string[] Sources = ["fr", "es", "de"];

    private static readonly Lazy<(RuleSet Rules, PipelineRunner Runner)> Checker = new(Build);

    [Fact]
    public void EveryRegisteredKind_HasRulesInEveryPairUnderTest()
    {
        var rules = Checker.Value.Rules;
        foreach (var source in Sources)
        {
            var kinds = rules.For(source, "en").Select(r => r.Info.Kind).ToHashSet(StringComparer.Ordinal);
            Assert.Superset(RuleKindRegistry.Default.Names.ToHashSet(StringComparer.Ordinal), kinds);
        }
    }

    [Fact]
    public void AnyWireCopy_EveryFindingQuotesTheArticleAndNoRuleCrashes()
    {
        var fired = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        Gen.Select(WireGen.WireCopyAround(Examples()), Gen.OneOf(Sources)).Sample((text, source) =>
        {
            foreach (var f in Check(text, source))
            {
                fired.AddOrUpdate(f.Rule, 1, (_, n) => n + 1);
            }
        }, iter: Iterations, print: Show);

        // The generator reaches the rules: nearly every kind fires in a run (all of them, as a rule; a
        // rare one may miss by chance), so the property is not vacuous.
        var kinds = fired.Keys.Select(id => Checker.Value.Rules.AllRules.First(r => r.Info.Id == id).Info.Kind).ToHashSet(StringComparer.Ordinal);
        // Bilingual kinds compare a source, and generated monolingual copy has none: they must stay silent, not fire.
        var bilingual = Checker.Value.Rules.AllRules.Where(r => r.NeedsSource).Select(r => r.Info.Kind).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(kinds.Intersect(bilingual));
        var never = RuleKindRegistry.Default.Names.Except(kinds).Except(bilingual).ToList();
        Assert.True(never.Count <= 3, $"kinds that never fired: {string.Join(", ", never)}");
    }

    /// <summary>Every built-in rule's example sentences, to flag and to pass, grouped by rule kind.</summary>
    private static IReadOnlyList<IReadOnlyList<string>> Examples() =>
        [.. Checker.Value.Rules.AllRules
            .GroupBy(r => r.Info.Kind, StringComparer.Ordinal)
            .Select(kind => (IReadOnlyList<string>)[.. kind.SelectMany(r => r.Info.Examples.Flag.Select(f => f.Parse()?.Text ?? f.Marked).Concat(r.Info.Examples.Pass.Select(p => p.Text))).Distinct(StringComparer.Ordinal)])
            .Where(examples => examples.Count > 0)];

    [Fact]
    public void AnyHostileText_EveryFindingQuotesTheArticleAndNoRuleCrashes() =>
        Gen.Select(WireGen.HostileText, Gen.OneOf(Sources)).Sample((text, source) => { Check(text, source); }, iter: Iterations, print: Show);

    private static IReadOnlyList<Finding> Check(string text, string source)
    {
        var article = new Article { Id = "generated", Path = "generated.txt", SourceLanguage = source, TargetLanguage = "en", Text = text };

        var result = Checker.Value.Runner.Process(article, CancellationToken.None);

        // TQ201 (control characters blanked) is a warning about the input; anything else is the code failing.
        Assert.All(result.Diagnostics, d => Assert.True(d.Code == "TQ201", $"{d.Code} {d.Stage}: {d.Message}"));
        Assert.Equal(ArticleStatus.Checked, result.Status);
        var previous = 0;
        foreach (var f in result.Findings)
        {
            Assert.True(f.Start >= 0 && f.Start < f.End && f.End <= text.Length, $"{f.Rule} flagged [{f.Start}, {f.End}) in {text.Length} characters");
            Assert.Equal(text[f.Start..f.End], f.Text);

            // Half a character cannot be written as UTF-8: a span never splits a surrogate pair.
            Assert.False(SplitsPair(text, f.Start) || SplitsPair(text, f.End), $"{f.Rule} [{f.Start}, {f.End}) splits a surrogate pair");
            Assert.Contains(f.Text, f.Sentence, StringComparison.Ordinal);
            Assert.Equal(16, f.Fingerprint.Length);
            Assert.True(f.Start >= previous, "findings out of text order");
            previous = f.Start;
        }

        return result.Findings;
    }

    private static (RuleSet, PipelineRunner) Build()
    {
        var config = new ConfigLoader().Load(null);
        var errors = new ConfigErrors();
        var ids = config.Rules.AllRules.Select(r => r.Info.Id).ToHashSet(StringComparer.Ordinal);
        var synthetic = new RulePackLoader(RuleKindRegistry.Default).Load("synthetic.yaml", SyntheticPack.Yaml, errors, ids);
        Assert.True(errors.Count == 0, string.Join("\n", errors.All));
        var rules = new RuleSet([.. config.Rules.Packs, synthetic!]);
        IArticleStage[] stages =
        [
            new NormaliseStage(),
            new SegmentStage(new LazyTagger(), new LinguaLanguageIdentifier(config.Options.Languages)),
            new CheckStage(rules),
            new ScoreStage(new MqmScorer(config.Options.Scoring)),
        ];
        return (rules, new PipelineRunner(stages));
    }

    private static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);

    private static string Show((string Text, string Source) input) => $"{input.Source}-en {WireGen.Escape(input.Text)}";
}
