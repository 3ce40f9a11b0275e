using BenchmarkDotNet.Attributes;
using Translation.Quality.Tagging;
using Translation.Quality.Text;

namespace Translation.Quality.Benchmarks;

/// <summary>
/// Tagging throughput on wire copy tokenized by our <see cref="Tokenizer"/>. Each invocation tags
/// exactly <see cref="Tokens"/> tokens, so the reported time is per token: tokens/s = 1e9 / Mean(ns).
/// </summary>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet generates a subclass.
public class TaggerBenchmarks
{
    private const int Tokens = 10_000;

    private string _text = string.Empty;
    private Token[] _tokens = [];
    private Sentence[] _sentences = [];
    private PosTag[] _tags = [];
    private PerceptronTagger _tagger = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_text, _tokens, _sentences) = WireCopy.Workload(Tokens);
        _tags = new PosTag[_tokens.Length];
        _tagger = PerceptronTagger.Default;
    }

    [Benchmark(OperationsPerInvoke = Tokens, Description = "Tag (per token)")]
    public PosTag TagSentences()
    {
        foreach (var s in _sentences)
        {
            _tagger.Tag(_text, _tokens.AsSpan(s.FirstToken, s.TokenCount), _tags.AsSpan(s.FirstToken, s.TokenCount));
        }

        return _tags[0];
    }
}
