using Translation.Quality.Config;
using Translation.Quality.Pipeline;
using Translation.Quality.Pipeline.Stages;
using Translation.Quality.Rules;
using Translation.Quality.Scoring;
using Translation.Quality.Text;
using Translation.Quality.Translator;

namespace Translation.Quality.Composition;

/// <summary>
/// The one place that turns options into a pipeline: stages, rule set, scorer, report writers and
/// history are chosen here, and <see cref="Build"/> makes one frozen <see cref="QualityPipeline"/>.
/// Every choice is checked when it is made; stage dependencies are checked when it is built, naming
/// the stage that cannot run and why. A builder builds once.
/// </summary>
public sealed class PipelineBuilder
{
    /// <summary>Each stage a pipeline.yaml can name, what it needs before it, and why.</summary>
    private static readonly IReadOnlyList<StageEntry> Catalog =
    [
        new("normalise", [], null),
        new("segment", [], null),
        new("align", ["segment"], "it pairs the source's sentences with the sentences that segment makes"),
        new("check", ["segment"], "its rules read the sentences and tokens that segment makes"),
        new("verify", ["segment"], "it sends the sentences that segment makes to the Translator"),
        new("score", [], null),
    ];

    private readonly LoadedConfiguration _config;
    private IReadOnlyList<string> _stages;
    private TranslatorRuntime? _translator;
    private bool _withoutVerify;
    private IPosTagger? _tagger = AnalysisDefaults.Tagger;
    private ILanguageIdentifier? _languageIdentifier;
    private TimeProvider _time = TimeProvider.System;
    private string _toolVersion = "0.0.0";
    private int _reorderWindow = QualityPipeline.DefaultReorderWindow;
    private bool _built;

    public PipelineBuilder(LoadedConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _config = config;
        _stages = config.Options.Stages;
    }

    /// <summary>The stages with verify added between check and score (<c>tqa check --translator</c>).</summary>
    public static IReadOnlyList<string> WithVerify(IReadOnlyList<string> stages)
    {
        if (stages.Contains("verify"))
        {
            return stages;
        }

        var order = PipelineOptions.KnownStages.ToList();
        var verify = order.IndexOf("verify");
        var list = stages.ToList();
        var at = list.FindIndex(s => order.IndexOf(s) > verify);
        list.Insert(at < 0 ? list.Count : at, "verify");
        return list;
    }

    /// <summary>Runs only these stages instead of pipeline.yaml's (<c>tqa segment</c>: normalise and segment).</summary>
    /// <exception cref="ArgumentException">A name that is not a stage.</exception>
    public PipelineBuilder UseStages(params string[] stages)
    {
        ThrowIfBuilt();
        foreach (var name in stages.Where(s => !PipelineOptions.KnownStages.Contains(s)))
        {
            throw new ArgumentException($"unknown stage '{name}'; expected some of: {string.Join(", ", PipelineOptions.KnownStages)}", nameof(stages));
        }

        _stages = stages;
        return this;
    }

    /// <summary>The Translator the verify stage calls; without it, a pipeline with verify does not build.</summary>
    public PipelineBuilder UseTranslator(TranslatorRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ThrowIfBuilt();
        _translator = runtime;
        return this;
    }

    /// <summary>Leaves verify out even when the stages name it: commands that do not pay for the Translator (eval, rules diff).</summary>
    public PipelineBuilder WithoutVerify()
    {
        ThrowIfBuilt();
        _withoutVerify = true;
        return this;
    }

    /// <summary>The POS tagger for segment; null tags nothing. Default: the built-in English model.</summary>
    public PipelineBuilder UseTagger(IPosTagger? tagger)
    {
        ThrowIfBuilt();
        _tagger = tagger;
        return this;
    }

    /// <summary>The language identifier for segment. Default: Lingua over pipeline.yaml's languages.</summary>
    public PipelineBuilder UseLanguageIdentifier(ILanguageIdentifier identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        ThrowIfBuilt();
        _languageIdentifier = identifier;
        return this;
    }

    public PipelineBuilder UseTime(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        ThrowIfBuilt();
        _time = time;
        return this;
    }

    /// <summary>The tool version the reports and the history's rules key carry.</summary>
    public PipelineBuilder UseToolVersion(string version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ThrowIfBuilt();
        _toolVersion = version;
        return this;
    }

    /// <summary>How many results may wait for an earlier article before reading pauses. Default 256.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public PipelineBuilder UseReorderWindow(int articles)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, 1);
        ThrowIfBuilt();
        _reorderWindow = articles;
        return this;
    }

    /// <exception cref="PipelineBuildException">A stage cannot run: what it needs is missing.</exception>
    /// <exception cref="InvalidOperationException">The builder has built a pipeline already.</exception>
    public QualityPipeline Build()
    {
        ThrowIfBuilt();
        var names = _stages.Where(s => !(_withoutVerify && s == "verify")).ToList();
        foreach (var entry in Catalog.Where(e => names.Contains(e.Name)))
        {
            foreach (var need in entry.Needs.Where(n => !names.Contains(n)))
            {
                throw new PipelineBuildException($"stage '{entry.Name}' cannot run: it needs '{need}' before it ({entry.Why}); add '{need}' to 'stages' in {_config.Options.File}");
            }
        }

        if (names.Contains("verify") && _translator is null)
        {
            throw new PipelineBuildException($"stage 'verify' cannot run: it needs the Translator, and none was started for this command (stages in {_config.Options.File})");
        }

        var options = _config.Options;
        var scorer = names.Contains("score") ? new MqmScorer(options.Scoring) : null;
        var preload = RuleDataPreload.For(_config.Rules.AllRules, shippedTagger: ReferenceEquals(_tagger, AnalysisDefaults.Tagger));
        var stages = new List<IArticleStage>();
        foreach (var name in names)
        {
            switch (name)
            {
                case "normalise":
                    stages.Add(new NormaliseStage());
                    break;
                case "segment":
                    stages.Add(new SegmentStage(_tagger, _languageIdentifier ?? AnalysisDefaults.LanguageIdentifierFor(options.Languages)));
                    break;
                case "align":
                    stages.Add(new AlignStage());
                    break;
                case "check":
                    stages.Add(new CheckStage(_config.Rules));
                    break;
                case "verify":
                    stages.Add(new VerifyStage(_translator!.Service, options.Translator, rules: _config.Rules));
                    break;
                case "score":
                    stages.Add(new ScoreStage(scorer!));
                    break;
            }
        }

        if (preload.Count > 0 && stages.Count > 0)
        {
            stages[0] = new PreloadingStage(stages[0], preload);
        }

        _built = true;
        return new QualityPipeline(_config, stages, scorer, _time, _toolVersion, _reorderWindow);
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has built its pipeline already; make a new builder for another.");
        }
    }

    private sealed record StageEntry(string Name, IReadOnlyList<string> Needs, string? Why);
}
