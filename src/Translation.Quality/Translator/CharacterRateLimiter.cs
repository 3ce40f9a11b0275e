namespace Translation.Quality.Translator;

/// <summary>
/// Keeps a run under the Translator's characters-per-minute quota: a token bucket whose tokens are
/// characters. The service counts a sliding minute, so the bucket holds a 10-second burst
/// (<see cref="Capacity"/>) and refills continuously at (limit − burst) per minute: no 60-second
/// window can then carry more than the limit. Requests are split so none asks for more than
/// <see cref="Capacity"/>. Waiters are served one at a time, in turn. Time comes from a
/// <see cref="TimeProvider"/> so tests can run it on fake time (the BCL's TokenBucketRateLimiter
/// refills from the real clock).
/// </summary>
public sealed class CharacterRateLimiter : IDisposable
{
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Lock _gate = new();
    private readonly double _perSecond;
    private double _tokens;
    private long _last;

    public CharacterRateLimiter(int charactersPerMinute, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(charactersPerMinute, 12);
        _time = time ?? TimeProvider.System;
        CharactersPerMinute = charactersPerMinute;
        Capacity = BurstFor(charactersPerMinute);
        _perSecond = (charactersPerMinute - Capacity) / 60.0;
        _tokens = Capacity;
        _last = _time.GetTimestamp();
    }

    public int CharactersPerMinute { get; }

    /// <summary>The burst a limit of <paramref name="charactersPerMinute"/> holds: ten seconds' worth.</summary>
    public static int BurstFor(int charactersPerMinute) => Math.Max(1, charactersPerMinute / 6);

    /// <summary>The most one request may carry (the burst).</summary>
    public int Capacity { get; }

    /// <summary>Steady refill rate.</summary>
    public double CharactersPerSecond => _perSecond;

    /// <summary>Waits until <paramref name="characters"/> may be sent, and takes them.</summary>
    public async ValueTask AcquireAsync(int characters, CancellationToken cancellationToken)
    {
        if (characters <= 0)
        {
            return;
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(characters, Capacity);
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                TimeSpan wait;
                lock (_gate)
                {
                    var now = _time.GetTimestamp();
                    _tokens = Math.Min(Capacity, _tokens + (_time.GetElapsedTime(_last, now).TotalSeconds * _perSecond));
                    _last = now;
                    if (_tokens >= characters)
                    {
                        _tokens -= characters;
                        return;
                    }

                    wait = TimeSpan.FromSeconds((characters - _tokens) / _perSecond);
                }

                await Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, _time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose() => _turn.Dispose();
}
