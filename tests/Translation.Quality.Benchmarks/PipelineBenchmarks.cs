using BenchmarkDotNet.Attributes;
using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Language;
using Translation.Quality.Rules;
using Translation.Quality.Tagging;
using Translation.Quality.Text;

namespace Translation.Quality.Benchmarks;

/// <summary>
/// Each rule kind alone (all its built-in rules, on the pairs they apply to) over 1 MB of wire copy:
/// time per MB. <see cref="PipelineBenchmarks"/> times the whole pipeline on the same megabyte.
/// </summary>
// Not sealed: BenchmarkDotNet generates a subclass.
[MemoryDiagnoser]
public class RuleKindBenchmarks
{
    private Article[] _articles = [];
    private RuleSet _rules = null!;
    private ILanguageIdentifier _languages = null!;
    private Dictionary<string, IRule[]> _rulesByKind = [];

    public static IEnumerable<string> Kinds() => RuleKindRegistry.Default.Names;

    [ParamsSource(nameof(Kinds))]
    public string Kind { get; set; } = "pattern";

    [GlobalSetup]
    public void Setup()
    {
        var loaded = new ConfigLoader().Load(null);
        _rules = loaded.Rules;
        _languages = new LinguaLanguageIdentifier(loaded.Options.Languages);
        _articles = PipelineBenchmarks.OneMegabyte();
        _rulesByKind = _rules.AllRules.GroupBy(r => r.Info.Kind).ToDictionary(g => g.Key, g => g.ToArray());
    }

    [Benchmark(Description = "one rule kind, 1 MB")]
    public int RuleKind()
    {
        if (!_rulesByKind.TryGetValue(Kind, out var rules))
        {
            return 0;
        }

        var findings = new List<Finding>();
        var diagnostics = new List<Diagnostic>();
        foreach (var article in _articles)
        {
            var applicable = rules.Where(r => _rules.For(article.SourceLanguage, article.TargetLanguage).Contains(r)).ToArray();
            findings.Clear();
            RuleChecker.Run(AnalyzedText.Analyze(article, PerceptronTagger.Default, _languages), applicable, findings, diagnostics);
        }

        return findings.Count;
    }
}

/// <summary>The whole per-article pipeline (normalise, segment, check with every built-in pack, score) on 1 MB.</summary>
// Not sealed: BenchmarkDotNet generates a subclass.
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private static readonly string[] Pairs = ["fr", "es", "de"];

    private Article[] _articles = [];
    private Pipeline.PipelineRunner _runner = null!;

    /// <summary>About 1 MB: the benchmark article, with a few garbles added, in the three pairs.</summary>
    public static Article[] OneMegabyte()
    {
        var text = WireCopy.Text + "\n\nThe Cuban number one arrived on 15/09/2023 at 14h30 , officials said. Brazil.";
        var count = 1_000_000 / text.Length;
        return [.. Enumerable.Range(0, count).Select(i => new Article { Id = $"a{i}", Path = "bench", SourceLanguage = Pairs[i % 3], TargetLanguage = "en", Text = text })];
    }

    [GlobalSetup]
    public void Setup()
    {
        var loaded = new ConfigLoader().Load(null);
        var languages = new LinguaLanguageIdentifier(loaded.Options.Languages);
        Pipeline.IArticleStage[] stages =
        [
            new Pipeline.Stages.NormaliseStage(), new Pipeline.Stages.SegmentStage(PerceptronTagger.Default, languages),
            new Pipeline.Stages.CheckStage(loaded.Rules), new Pipeline.Stages.ScoreStage(new Scoring.MqmScorer(loaded.Options.Scoring)),
        ];
        _runner = new Pipeline.PipelineRunner(stages, parallelism: 1);
        _articles = OneMegabyte();
        Megabyte();
    }

    [Benchmark(Description = "whole pipeline, 1 MB, one core")]
    public int Megabyte()
    {
        var findings = 0;
        foreach (var article in _articles)
        {
            findings += _runner.Process(article, CancellationToken.None).Findings.Count;
        }

        return findings;
    }
}
