using Translation.Quality.Results;

namespace Translation.Quality.Pipeline;

/// <summary>A stage with run-wide totals of its own (the Translator's cost) to add to the summary.</summary>
internal interface IRunSummaryContributor
{
    RunSummary Contribute(RunSummary summary);
}
