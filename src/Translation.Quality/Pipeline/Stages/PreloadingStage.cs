using Translation.Quality.Rules;

namespace Translation.Quality.Pipeline.Stages;

/// <summary>
/// The pipeline's first stage, which also starts loading the rules' shared data side by side when the
/// first article reaches it: as early as a checked article can need it, and never on a rerun whose
/// articles are all reused (those stop before the pipeline's own stages).
/// </summary>
internal sealed class PreloadingStage(IArticleStage inner, IReadOnlyList<RuleData> preload) : IArticleStage
{
    private int _started;

    public string Name => inner.Name;

    /// <summary>What it starts loading.</summary>
    public IReadOnlyList<RuleData> Data => preload;

    public void Process(ArticleWork work, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            RuleDataPreload.Start(preload);
        }

        inner.Process(work, cancellationToken);
    }
}
