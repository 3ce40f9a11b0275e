using BenchmarkDotNet.Attributes;
using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Rules;
using Translation.Quality.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Benchmarks;

/// <summary>
/// The built-in mechanics rules (case, and punctuation) over one article of invented wire copy,
/// tokenized and split once in setup: the time is the rules' own, per article.
/// </summary>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet generates a subclass.
public class MechanicsBenchmarks
{
    private AnalyzedText _analysis = null!;
    private IRule[] _rules = [];
    private readonly List<Finding> _findings = [];
    private readonly List<Diagnostic> _diagnostics = [];

    [GlobalSetup]
    public void Setup()
    {
        var article = new Article { Id = "bench", Path = "bench.txt", SourceLanguage = "es", TargetLanguage = "en", Text = WireCopy.Text };
        _analysis = AnalyzedText.Analyze(article);
        var loader = new RulePackLoader(RuleKindRegistry.Default);
        var errors = new ConfigErrors();
        var packs = EmbeddedConfig.RulePacks().Select(p => loader.Load(p.Name, p.Content, errors)).OfType<RulePack>();
        _rules = [.. packs.SelectMany(p => p.Rules).Where(r => r.Info.Kind == "mechanics")];
        if (_rules.Length == 0)
        {
            throw new InvalidOperationException("The built-in packs have no mechanics rule.");
        }
    }

    [Benchmark(Description = "Mechanics rules (per article)")]
    public int CheckArticle()
    {
        _findings.Clear();
        _diagnostics.Clear();
        RuleChecker.Run(_analysis, _rules, _findings, _diagnostics);
        return _findings.Count;
    }
}
