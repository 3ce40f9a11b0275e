using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Translation.Quality.Config;
using Translation.Quality.History;
using Translation.Quality.Ingest;

namespace Translation.Quality.Nightly;

/// <summary>
/// The night's feeds as one stream: each article tagged with its feed's name and keeping its position
/// in the feed, only this shard's articles, numbered afresh for the runner (which emits in that order).
/// </summary>
public sealed class FeedStream
{
    private readonly IReadOnlyList<(FeedOptions Feed, string Path)> _feeds;
    private readonly ShardSpec? _shard;
    private readonly ConcurrentDictionary<long, (string Feed, long Position)> _failures = new();

    /// <param name="feeds">Each feed with its path resolved.</param>
    public FeedStream(IReadOnlyList<(FeedOptions Feed, string Path)> feeds, ShardSpec? shard)
    {
        _feeds = feeds;
        _shard = shard;
    }

    public async IAsyncEnumerable<IngestItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long next = 0;
        foreach (var (feed, path) in _feeds)
        {
            var reader = new InputReader(new LanguageDefaults(feed.SourceLanguage, feed.TargetLanguage));
            await foreach (var item in reader.ReadAsync([path], cancellationToken).ConfigureAwait(false))
            {
                switch (item)
                {
                    case ArticleItem a when _shard is null || _shard.Contains(a.Article.Id):
                        // The article keeps its feed position (reports merge shards by it); the item gets the run's.
                        yield return new ArticleItem(a.Article with { Feed = feed.Name }) with { Sequence = next++ };
                        break;
                    case IngestFailure f when _shard is null || _shard.Contains(f.Id):
                        _failures[next] = (feed.Name, f.Sequence);
                        yield return f with { Sequence = next++ };
                        break;
                }
            }
        }
    }

    /// <summary>The feed and position of an input that could not be read, by its run sequence (asked once).</summary>
    public (string Feed, long Position)? TakeFailureOrigin(long sequence) =>
        _failures.TryRemove(sequence, out var origin) ? origin : null;
}
