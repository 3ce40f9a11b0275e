using BenchmarkDotNet.Attributes;
using Translation.Quality.Language;
using Translation.Quality.Text;

namespace Translation.Quality.Benchmarks;

/// <summary>
/// Per-sentence language identification over the wire-copy sample plus a few untranslated
/// sentences, with and without the English function-word prefilter (times are per sentence).
/// </summary>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet generates a subclass.
public class LanguageIdBenchmarks
{
    private const int Sentences = 100;

    private static readonly string[] Foreign =
    [
        "Le gouvernement a annoncé mardi que les négociations reprendront la semaine prochaine.",
        "El Gobierno anunció el martes que las negociaciones se reanudarán la próxima semana.",
        "Die Regierung kündigte am Dienstag an, dass die Verhandlungen fortgesetzt werden.",
    ];

    private readonly string[] _sentences = new string[Sentences];
    private LinguaLanguageIdentifier _withPrefilter = null!;
    private LinguaLanguageIdentifier _withoutPrefilter = null!;

    [GlobalSetup]
    public void Setup()
    {
        var tokens = Tokenizer.Tokenize(WireCopy.Text);
        var english = SentenceSplitter.Split(WireCopy.Text, tokens).Select(s => s.GetText(WireCopy.Text)).ToArray();
        for (var i = 0; i < Sentences; i++)
        {
            // One sentence in twenty is left untranslated, as in a badly garbled feed.
            _sentences[i] = i % 20 == 19 ? Foreign[i / 20 % Foreign.Length] : english[i % english.Length];
        }

        string[] languages = ["en", "fr", "es", "de"];
        _withPrefilter = new LinguaLanguageIdentifier(languages);
        _withoutPrefilter = new LinguaLanguageIdentifier(languages) { UsePrefilter = false };
        foreach (var s in _sentences.Concat(Foreign))
        {
            // Lingua loads each language's models on first need: keep that out of the timings.
            _withPrefilter.Identify(s);
            _withoutPrefilter.Identify(s);
        }
    }

    [Benchmark(Description = "Identify, prefilter on", OperationsPerInvoke = Sentences)]
    public int WithPrefilter() => Run(_withPrefilter);

    [Benchmark(Description = "Identify, Lingua only", OperationsPerInvoke = Sentences)]
    public int WithoutPrefilter() => Run(_withoutPrefilter);

    [Benchmark(Description = "Find foreign runs", OperationsPerInvoke = Sentences)]
    public int ForeignRuns()
    {
        var n = 0;
        foreach (var s in _sentences)
        {
            n += _withPrefilter.FindForeignRuns(s, "en", ["fr", "es", "de"]).Count;
        }

        return n;
    }

    private int Run(LinguaLanguageIdentifier identifier)
    {
        var n = 0;
        foreach (var s in _sentences)
        {
            n += identifier.Identify(s).Language.Length;
        }

        return n;
    }
}
