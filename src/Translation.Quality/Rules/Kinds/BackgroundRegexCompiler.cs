using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// One low-priority thread that compiles <see cref="RuleRegex"/> patterns in the order they were
/// loaded and promotes each when ready. A thread of its own, not the thread pool, so the checking
/// workers are never queued behind compilations. Background: a short run exits without waiting.
/// </summary>
internal static class BackgroundRegexCompiler
{
    private static readonly BlockingCollection<RuleRegex> Queue = [];
    private static readonly Lazy<Thread> Worker = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Queued and not yet finished.</summary>
    private static int _pending;

    public static void Enqueue(RuleRegex regex)
    {
        _ = Worker.Value;
        Interlocked.Increment(ref _pending);
        Queue.Add(regex);
    }

    /// <summary>Waits until every regex queued so far is compiled (benchmarks and tests; a run never waits).</summary>
    public static bool WaitForIdle(TimeSpan timeout)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (Volatile.Read(ref _pending) != 0)
        {
            if (System.Diagnostics.Stopwatch.GetElapsedTime(started) > timeout)
            {
                return false;
            }

            Thread.Sleep(5);
        }

        return true;
    }

    private static Thread Start()
    {
        var thread = new Thread(Run) { IsBackground = true, Name = "tqa regex compiler", Priority = ThreadPriority.BelowNormal };
        thread.Start();
        return thread;
    }

    private static void Run()
    {
        foreach (var regex in Queue.GetConsumingEnumerable())
        {
            try
            {
                var interpreted = regex.Peek;
                var compiled = new Regex(interpreted.ToString(), interpreted.Options | RegexOptions.Compiled, interpreted.MatchTimeout);

                // Its code is generated on first use: that time must not count against a match timeout.
                compiled.IsMatch(string.Empty);
                regex.Promote(compiled);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException)
            {
                // The pattern parsed once already; should compiling fail anyway, the interpreter stays.
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
            }
        }
    }
}
