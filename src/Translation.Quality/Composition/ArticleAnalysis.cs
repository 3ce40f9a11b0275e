using Translation.Quality.Alignment;
using Translation.Quality.Documents;
using Translation.Quality.Text;

namespace Translation.Quality.Composition;

/// <summary>What the stages made of one article, for commands that show it (<c>tqa segment</c>, the Translator estimate).</summary>
/// <param name="Analysis">Sentences, tokens and tags; null when segment is not among the stages.</param>
/// <param name="Bilingual">The source aligned to the sentences; null without align or a source.</param>
public sealed record ArticleAnalysis(AnalyzedText? Analysis, BilingualText? Bilingual, IReadOnlyList<Finding> Findings, IReadOnlyList<Diagnostic> Diagnostics);
