namespace Translation.Quality.Composition;

/// <summary>The pipeline cannot be built as asked: a stage that cannot run, and why (a usage or configuration error).</summary>
public sealed class PipelineBuildException(string message) : Exception(message);
