using BenchmarkDotNet.Attributes;
using Translation.Quality.Tagging;
using Translation.Quality.Text;
using Translation.Quality.WordOrder;

namespace Translation.Quality.Benchmarks;

/// <summary>
/// Word-order scoring of wire copy already tokenized and tagged: per-token improbability both ways,
/// the window gate, the neighbour-swap pass and the block-move search where the gate opens. Each
/// invocation scores exactly <see cref="Tokens"/> tokens, so the reported time is per token.
/// </summary>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet generates a subclass.
public class WordOrderBenchmarks
{
    private const int Tokens = 10_000;

    private string _text = string.Empty;
    private Token[] _tokens = [];
    private Sentence[] _sentences = [];
    private PosTag[] _tags = [];
    private bool[] _barriers = [];
    private WordOrderScorer _scorer = null!;
    private readonly List<WordOrderIssue> _issues = [];

    [GlobalSetup]
    public void Setup()
    {
        (_text, _tokens, _sentences) = WireCopy.Workload(Tokens);
        _tags = new PosTag[_tokens.Length];
        _barriers = new bool[_tokens.Length];
        foreach (var s in _sentences)
        {
            PerceptronTagger.Default.Tag(_text, _tokens.AsSpan(s.FirstToken, s.TokenCount), _tags.AsSpan(s.FirstToken, s.TokenCount));
            WordOrderScorer.MarkBarriers(_text, _tokens.AsSpan(s.FirstToken, s.TokenCount), _tags.AsSpan(s.FirstToken, s.TokenCount), _barriers.AsSpan(s.FirstToken, s.TokenCount));
        }

        _scorer = new WordOrderScorer(WordOrderModel.Default, new WordOrderScoringOptions());
    }

    [Benchmark(OperationsPerInvoke = Tokens, Description = "Word-order score and search (per token)")]
    public double ScoreSentences()
    {
        var total = 0.0;
        foreach (var s in _sentences)
        {
            _issues.Clear();
            total += _scorer.Analyze(_text, _tokens.AsSpan(s.FirstToken, s.TokenCount), _tags.AsSpan(s.FirstToken, s.TokenCount), _barriers.AsSpan(s.FirstToken, s.TokenCount), _issues);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Tokens, Description = "Word-order score only (per token)")]
    public double ScoreOnly()
    {
        var total = 0.0;
        foreach (var s in _sentences)
        {
            total += _scorer.Analyze(_text, _tokens.AsSpan(s.FirstToken, s.TokenCount), _tags.AsSpan(s.FirstToken, s.TokenCount), _barriers.AsSpan(s.FirstToken, s.TokenCount), null);
        }

        return total;
    }
}
