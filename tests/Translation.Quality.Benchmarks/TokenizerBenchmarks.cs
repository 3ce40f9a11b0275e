using BenchmarkDotNet.Attributes;
using Translation.Quality.Text;

namespace Translation.Quality.Benchmarks;

/// <summary>Tokenizer and sentence splitter over the wire-copy sample (times are per article).</summary>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet generates a subclass.
public class TokenizerBenchmarks
{
    private readonly string _text = WireCopy.Text;
    private Token[] _tokens = [];

    [GlobalSetup]
    public void Setup() => _tokens = Tokenizer.Tokenize(_text);

    [Benchmark(Description = "Tokenize")]
    public int Tokenize() => Tokenizer.Tokenize(_text).Length;

    [Benchmark(Description = "Split sentences")]
    public int SplitSentences() => SentenceSplitter.Split(_text, _tokens).Length;
}
