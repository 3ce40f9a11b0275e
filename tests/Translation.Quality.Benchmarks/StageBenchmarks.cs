using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Ingest;
using Translation.Quality.Language;
using Translation.Quality.Pipeline;
using Translation.Quality.Pipeline.Stages;
using Translation.Quality.Reports;
using Translation.Quality.Results;
using Translation.Quality.Scoring;
using Translation.Quality.Tagging;

namespace Translation.Quality.Benchmarks;

/// <summary>
/// Each stage of the pipeline alone on the same megabyte of wire copy as <see cref="PipelineBenchmarks"/>
/// (one core, allocations included): reading JSONL, normalising, segmenting (tokens and sentences;
/// tags and languages are computed on demand by the rules, so they count under check), checking with
/// every built-in pack, scoring, and writing report.json. Each stage gets the previous stages' output,
/// prepared once in the setup. Times are per MB.
/// </summary>
// Not sealed: BenchmarkDotNet generates a subclass.
[MemoryDiagnoser]
public class StageBenchmarks
{
    private Article[] _articles = [];
    private ArticleWork[] _normalised = [];
    private ArticleWork[] _segmented = [];
    private ArticleWork[] _checked = [];
    private ArticleResult[] _results = [];
    private string _jsonl = string.Empty;
    private string _reports = string.Empty;
    private NormaliseStage _normalise = null!;
    private SegmentStage _segment = null!;
    private CheckStage _check = null!;
    private ScoreStage _score = null!;

    [GlobalSetup]
    public void Setup()
    {
        var loaded = new ConfigLoader().Load(null);
        var languages = new LinguaLanguageIdentifier(loaded.Options.Languages);
        _normalise = new NormaliseStage();
        _segment = new SegmentStage(PerceptronTagger.Default, languages);
        _check = new CheckStage(loaded.Rules);
        _score = new ScoreStage(new MqmScorer(loaded.Options.Scoring));
        _articles = PipelineBenchmarks.OneMegabyte();

        _jsonl = Path.Combine(Path.GetTempPath(), $"tqa-stage-bench-{Environment.ProcessId}.jsonl");
        File.WriteAllLines(_jsonl, _articles.Select(a => JsonSerializer.Serialize(new { id = a.Id, sourceLanguage = a.SourceLanguage, targetLanguage = a.TargetLanguage, text = a.Text })), new UTF8Encoding(false));
        _reports = Directory.CreateTempSubdirectory("tqa-stage-bench-").FullName;

        _normalised = Run(_normalise, _articles.Select(a => new ArticleWork(a)));
        _segmented = Run(_segment, Run(_normalise, _articles.Select(a => new ArticleWork(a))));
        _checked = Run(_check, Run(_segment, Run(_normalise, _articles.Select(a => new ArticleWork(a)))));
        _results = [.. Run(_score, Run(_check, Run(_segment, Run(_normalise, _articles.Select(a => new ArticleWork(a)))))).Select(Result)];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(_jsonl);
        Directory.Delete(_reports, recursive: true);
    }

    [Benchmark(Description = "ingest: read 1 MB of JSONL")]
    public async Task<int> Ingest()
    {
        var count = 0;
        await foreach (var item in new InputReader(new LanguageDefaults(null, "en")).ReadAsync([_jsonl]))
        {
            count += item is ArticleItem ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "normalise, 1 MB")]
    public int Normalise()
    {
        foreach (var work in _normalised)
        {
            work.AnalysisText = work.Article.Text;
            _normalise.Process(work, CancellationToken.None);
        }

        return _normalised.Length;
    }

    [Benchmark(Description = "segment (tokens, sentences), 1 MB")]
    public int Segment()
    {
        foreach (var work in _normalised)
        {
            _segment.Process(work, CancellationToken.None);
        }

        return _normalised.Length;
    }

    [Benchmark(Description = "check (every built-in pack), 1 MB")]
    public int Check()
    {
        var findings = 0;
        foreach (var work in _segmented)
        {
            work.Findings.Clear();
            work.Diagnostics.Clear();
            _check.Process(work, CancellationToken.None);
            findings += work.Findings.Count;
        }

        return findings;
    }

    [Benchmark(Description = "score (MQM), 1 MB")]
    public int Score()
    {
        foreach (var work in _checked)
        {
            _score.Process(work, CancellationToken.None);
        }

        return _checked.Length;
    }

    [Benchmark(Description = "report.json for 1 MB")]
    public async Task<long> WriteJsonReport()
    {
        await using var writer = new JsonReportWriter(_reports, "bench", DateTimeOffset.UnixEpoch);
        var summary = new RunSummaryBuilder();
        foreach (var result in _results)
        {
            writer.WriteArticle(result);
            summary.Add(result);
        }

        await writer.CompleteAsync(summary.Build(new ThresholdOptions(), new Dictionary<string, TimeSpan>(), TimeSpan.Zero, false, DateTimeOffset.UnixEpoch), CancellationToken.None);
        return new FileInfo(writer.OutputPath).Length;
    }

    private static ArticleWork[] Run(IArticleStage stage, IEnumerable<ArticleWork> works) =>
        [.. works.Select(w =>
        {
            stage.Process(w, CancellationToken.None);
            return w;
        })];

    private static ArticleResult Result(ArticleWork work) => new()
    {
        Article = work.Article,
        Status = ArticleStatus.Checked,
        Findings = [.. work.Findings],
        Diagnostics = [.. work.Diagnostics],
        Words = work.Words,
        Mqm = work.Mqm,
    };
}
