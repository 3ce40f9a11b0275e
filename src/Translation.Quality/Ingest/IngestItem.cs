using Translation.Quality.Documents;

namespace Translation.Quality.Ingest;

/// <summary>What ingestion yields: an article, or a record that one could not be read (never dropped silently).</summary>
public abstract record IngestItem(long Sequence);

public sealed record ArticleItem(Article Article) : IngestItem(Article.Sequence);

/// <param name="Id">The article id when known, else the file (and line) it came from.</param>
public sealed record IngestFailure(long Sequence, string Id, string Path, string Message) : IngestItem(Sequence);
