using System.Runtime.CompilerServices;

namespace Translation.Quality.Ingest;

/// <summary>
/// Maps a stream on the thread pool and yields the results in the input's order. Reading stays on
/// the consumer's thread and keeps at most <c>window</c> items ahead of it, so memory stays flat
/// however long the input, while parsing (JSON, UTF-8) runs on every core.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>Items in flight by default: enough to keep every core parsing, few enough to stay small.</summary>
    public static int DefaultWindow => 4 * Environment.ProcessorCount;

    public static async IAsyncEnumerable<TOut> SelectAsync<TIn, TOut>(IAsyncEnumerable<TIn> source, Func<TIn, Task<TOut>> map, int window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var inFlight = new Queue<Task<TOut>>(window);
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var input = item;
            inFlight.Enqueue(Task.Run(() => map(input), cancellationToken));
            if (inFlight.Count >= window)
            {
                yield return await inFlight.Dequeue().ConfigureAwait(false);
            }
        }

        while (inFlight.Count > 0)
        {
            yield return await inFlight.Dequeue().ConfigureAwait(false);
        }
    }
}
