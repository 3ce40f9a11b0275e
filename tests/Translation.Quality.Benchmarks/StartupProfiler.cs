using System.Diagnostics;
using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Language;
using Translation.Quality.Lexicon;
using Translation.Quality.Pipeline;
using Translation.Quality.Pipeline.Stages;
using Translation.Quality.Scoring;
using Translation.Quality.Tagging;
using Translation.Quality.WordOrder;

namespace Translation.Quality.Benchmarks;

/// <summary>
/// <c>startup</c>: what a one-article run pays before and during its first article, step by step, in
/// one fresh process (run it as its own process: a warm process hides exactly what this measures).
/// </summary>
public static class StartupProfiler
{
    public static int Run()
    {
        // CPU time, not wall time: on a shared machine the wall clock mostly measures the neighbours.
        var process = Process.GetCurrentProcess();
        var last = process.TotalProcessorTime;
        var steps = new List<(string Step, double Ms, long Heap)>();
        void Step(string name)
        {
            process.Refresh();
            var now = process.TotalProcessorTime;
            steps.Add((name, (now - last).TotalMilliseconds, GC.GetTotalMemory(forceFullCollection: true)));
            last = now;
        }

        var loaded = new ConfigLoader().Load(null);
        Step("load config and compile rule packs");
        _ = PerceptronTagger.Default;
        Step("load tagger model");
        var languages = new LinguaLanguageIdentifier(loaded.Options.Languages);
        Step("build language identifier");
        _ = languages.Identify("Le gouvernement a annoncé mardi une nouvelle réforme des retraites.");
        Step("first Lingua call (models load)");
        // The lazily built data the first article would otherwise pay for, one step each.
        foreach (var language in Lexicons.Languages)
        {
            _ = Lexicons.For(language);
            Step($"load {language} lexicon");
        }

        foreach (var language in Lexicons.Languages)
        {
            _ = LetterModel.For(language);
            Step($"build {language} letter model");
        }

        _ = WordOrderModel.Default;
        Step("load word-order model");
        _ = AnimacyLexicon.Default;
        Step("load animacy lexicon");
        IArticleStage[] stages =
        [
            new NormaliseStage(), new SegmentStage(PerceptronTagger.Default, languages),
            new CheckStage(loaded.Rules), new ScoreStage(new MqmScorer(loaded.Options.Scoring)),
        ];
        var runner = new PipelineRunner(stages, parallelism: 1);
        var article = new Article { Id = "a", Path = "startup", SourceLanguage = "fr", TargetLanguage = "en", Text = WireCopy.Text };
        _ = runner.Process(article, CancellationToken.None);
        Step("first article (JIT of the checking code)");
        _ = runner.Process(article with { Id = "b" }, CancellationToken.None);
        Step("second article");

        // The managed heap after each step (after a full collection): what each piece keeps alive.
        foreach (var (step, ms, heap) in steps)
        {
            Console.WriteLine($"{step,-44} {ms,8:0} ms CPU {heap / 1048576.0,8:0.0} MB heap");
        }

        process.Refresh();
        Console.WriteLine($"{"peak working set",-44} {process.PeakWorkingSet64 / 1048576.0,8:0} MB");

        Console.WriteLine($"{"total",-44} {steps.Sum(s => s.Ms),8:0} ms CPU");
        return 0;
    }
}
