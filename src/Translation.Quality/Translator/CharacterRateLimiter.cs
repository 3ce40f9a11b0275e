using System.Threading.RateLimiting;

namespace Translation.Quality.Translator;

/// <summary>
/// Keeps a run under the Translator's characters-per-minute quota: a token bucket whose tokens are
/// characters. The service counts a sliding minute, so the bucket holds a 10-second burst
/// (<see cref="Capacity"/>) and refills at (limit − burst) per minute: no 60-second window can then
/// carry more than the limit. Requests are split so none asks for more than <see cref="Capacity"/>.
/// The refill is driven by a <see cref="TimeProvider"/> timer so tests can run it on fake time.
/// </summary>
public sealed class CharacterRateLimiter : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    private readonly TokenBucketRateLimiter _bucket;
    private readonly ITimer _timer;

    public CharacterRateLimiter(int charactersPerMinute, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(charactersPerMinute, 12);
        CharactersPerMinute = charactersPerMinute;
        Capacity = Math.Max(1, charactersPerMinute / 6);
        TokensPerSecond = Math.Max(1, (charactersPerMinute - Capacity) / 60);
        _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Capacity,
            TokensPerPeriod = TokensPerSecond,
            ReplenishmentPeriod = Period,
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _timer = (time ?? TimeProvider.System).CreateTimer(static s => ((TokenBucketRateLimiter)s!).TryReplenish(), _bucket, Period, Period);
    }

    public int CharactersPerMinute { get; }

    /// <summary>The most one request may carry.</summary>
    public int Capacity { get; }

    public int TokensPerSecond { get; }

    public long Available => _bucket.GetStatistics()?.CurrentAvailablePermits ?? 0;

    /// <summary>Waits until <paramref name="characters"/> may be sent.</summary>
    public async ValueTask AcquireAsync(int characters, CancellationToken cancellationToken)
    {
        if (characters <= 0)
        {
            return;
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(characters, Capacity);
        using var lease = await _bucket.AcquireAsync(characters, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("the character rate limiter refused the request");
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        _bucket.Dispose();
    }
}
