using BenchmarkDotNet.Attributes;
using Translation.Quality.Documents;
using Translation.Quality.Lexicon;
using Translation.Quality.Rules;
using Translation.Quality.Tagging;
using Translation.Quality.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Benchmarks;

/// <summary>
/// The lexicon detectors alone over the wire-copy sample (times are per article): lookups must
/// stay cheap (no allocation per token), so the allocated bytes matter as much as the time.
/// </summary>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet generates a subclass.
public class UntranslatedWordBenchmarks
{
    private AnalyzedText _analysis = null!;
    private IRule _rule = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rule = LexiconRules.Build("untranslated-word", "untranslated", "languages: [fr, es, de]");
        _analysis = LexiconRules.Analyse(WireCopy.Text, "fr");
        _ = Lexicons.For("fr");
        _ = Lexicons.For("es");
        _ = Lexicons.For("de");

        // The letter models are built on the first uncounted big-list word; built here so the figure is the steady state.
        _ = LetterModel.For("en");
        _ = LetterModel.For("fr");
        _ = LetterModel.For("es");
        _ = LetterModel.For("de");
    }

    [Benchmark(Description = "untranslated-word, one article")]
    public int Check() => LexiconRules.Run(_analysis, _rule);
}

/// <summary>The spelling detector alone over the wire-copy sample, and one suggestion (the costly part, only for unknown words).</summary>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet generates a subclass.
public class SpellingBenchmarks
{
    private AnalyzedText _analysis = null!;
    private IRule _rule = null!;
    private SpellingSuggester _suggester = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rule = LexiconRules.Build("spelling", "spelling", "languages: [fr, es, de]");
        _analysis = LexiconRules.Analyse(WireCopy.Text, "fr");
        _suggester = new SpellingSuggester(Lexicons.English, 3);
    }

    [Benchmark(Description = "spelling, one article")]
    public int Check() => LexiconRules.Run(_analysis, _rule);

    [Benchmark(Description = "suggestion at distance 2 (\"enviromentl\")")]
    public int Suggest() => _suggester.Suggest("enviromentl", 2)?.Distance ?? 0;

    [Benchmark(Description = "English lookup, one word")]
    public bool Lookup() => EnglishEvidence.Of(Lexicons.English, "government").InDictionary;
}

/// <summary>Builds one lexicon rule from YAML parameters and runs it.</summary>
internal static class LexiconRules
{
    public static IRule Build(string kindName, string name, string yaml)
    {
        if (!RuleKindRegistry.Default.TryGet(kindName, out var kind))
        {
            throw new InvalidOperationException($"no rule kind '{kindName}'");
        }

        var errors = new ConfigErrors();
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(yaml));
        var node = (YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode;
        var info = new RuleInfo { Id = "B_" + name.ToUpperInvariant(), Kind = kind.Name, Class = name, Category = "Fluency", Severity = Severity.Minor, Message = "m", File = "bench.yaml" };
        return kind.Create(info, new YamlMap("bench.yaml", node, errors), new RuleBuildContext("fr", "en", "bench.yaml"))
            ?? throw new InvalidOperationException(string.Join("; ", errors.All));
    }

    public static AnalyzedText Analyse(string text, string source) =>
        AnalyzedText.Analyze(new Article { Id = "b", Path = "b", SourceLanguage = source, TargetLanguage = "en", Text = text }, PerceptronTagger.Default);

    public static int Run(AnalyzedText analysis, IRule rule)
    {
        var findings = new List<Finding>();
        RuleChecker.Run(analysis, [rule], findings, []);
        return findings.Count;
    }
}
