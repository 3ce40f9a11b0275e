using Translation.Quality.Composition;
using Translation.Quality.Config;

namespace Translation.Quality.Tests.Composition;

public sealed class PipelineBuilderTests
{
    private static readonly LoadedConfiguration Defaults = new ConfigLoader().Load(null);

    private static LoadedConfiguration WithStages(params string[] stages) => Defaults with { Options = Defaults.Options with { Stages = stages } };

    [Fact]
    public void Build_Defaults_RunsTheConfiguredStagesInOrder()
    {
        var pipeline = new PipelineBuilder(Defaults).Build();

        Assert.Equal(["normalise", "segment", "align", "check", "score"], pipeline.StageNames);
        Assert.NotNull(pipeline.Scorer);
    }

    [Fact]
    public void Build_VerifyWithoutATranslator_SaysWhichStageCannotRunAndWhy()
    {
        var builder = new PipelineBuilder(WithStages("ingest", "normalise", "segment", "check", "verify", "score", "report"));

        var ex = Assert.Throws<PipelineBuildException>(builder.Build);

        Assert.Equal("stage 'verify' cannot run: it needs the Translator, and none was started for this command (stages in (built-in) pipeline.yaml)", ex.Message);
    }

    [Fact]
    public void Build_WithoutVerify_LeavesVerifyOutOnPurpose()
    {
        var pipeline = new PipelineBuilder(WithStages("ingest", "segment", "check", "verify", "score")).WithoutVerify().Build();

        Assert.Equal(["segment", "check", "score"], pipeline.StageNames);
    }

    [Fact]
    public void Build_CheckWithoutSegment_NamesTheMissingStage()
    {
        var builder = new PipelineBuilder(WithStages("ingest", "normalise", "check", "score", "report"));

        var ex = Assert.Throws<PipelineBuildException>(builder.Build);

        Assert.Equal("stage 'check' cannot run: it needs 'segment' before it (its rules read the sentences and tokens that segment makes); add 'segment' to 'stages' in (built-in) pipeline.yaml", ex.Message);
    }

    [Fact]
    public void Build_PreloadsEveryRulesDataOnce_TheShippedTaggerFirst()
    {
        var pipeline = new PipelineBuilder(Defaults).Build();
        var keys = pipeline.Preload.Select(d => d.Key).ToList();

        Assert.Equal("tagger", keys[0]);
        Assert.Equal(keys.Distinct().Count(), keys.Count);
        Assert.Subset(keys.ToHashSet(), Defaults.Rules.AllRules.SelectMany(r => r.Data).Select(d => d.Key).ToHashSet());
        Assert.Contains("lexicon en", keys);
        Assert.Contains("word-order model", keys);
    }

    [Fact]
    public void Build_WithAnotherTagger_DoesNotPreloadTheShippedOneForTaggedRules()
    {
        var monolingual = Defaults with { Rules = new Translation.Quality.Rules.RuleSet([.. Defaults.Rules.Packs.Where(p => p.Rules.All(r => !r.Data.Contains(Translation.Quality.Rules.RuleData.Tagger)))]) };

        var shipped = new PipelineBuilder(monolingual).Build();
        var other = new PipelineBuilder(monolingual).UseTagger(null).Build();

        Assert.Contains(shipped.Preload, d => d.Key == "tagger");
        Assert.DoesNotContain(other.Preload, d => d.Key == "tagger");
    }

    [Fact]
    public void Build_Twice_Throws()
    {
        var builder = new PipelineBuilder(Defaults);
        builder.Build();

        var ex = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Equal("This builder has built its pipeline already; make a new builder for another.", ex.Message);
        Assert.Throws<InvalidOperationException>(() => builder.UseReorderWindow(8));
    }

    [Fact]
    public void Options_AreCheckedWhenAdded()
    {
        var builder = new PipelineBuilder(Defaults);

        Assert.Throws<ArgumentOutOfRangeException>(() => builder.UseReorderWindow(0));
        var ex = Assert.Throws<ArgumentException>(() => builder.UseStages("normalise", "polish"));
        Assert.StartsWith("unknown stage 'polish'; expected some of: ingest, normalise, segment, tag, align, check, verify, score, report", ex.Message);
    }

    [Fact]
    public void UseStages_SegmentOnly_AnalyzesWithoutRules()
    {
        var pipeline = new PipelineBuilder(Defaults).UseStages("normalise", "segment").Build();

        var work = pipeline.Analyze(Support.Analyze.Article("The the vote was held. It ended."), CancellationToken.None);

        Assert.Equal(2, work.Analysis!.Sentences.Length);
        Assert.Empty(work.Findings);
        Assert.Null(pipeline.Scorer);
    }

    [Fact]
    public void CreateReports_UnknownFormat_IsABuildError()
    {
        var pipeline = new PipelineBuilder(Defaults).Build();

        var ex = Assert.Throws<PipelineBuildException>(() => pipeline.CreateReports(["json", "pdf"], Path.GetTempPath()));

        Assert.Equal("unknown report format 'pdf'; expected some of: json, md, html, junit", ex.Message);
    }
}
