using Microsoft.Extensions.Time.Testing;

namespace Translation.Quality.Tests.Translator;

/// <summary>Drives a <see cref="FakeTimeProvider"/> while real HTTP runs against the fake Translator.</summary>
public static class FakeTime
{
    /// <summary>
    /// Advances fake time in small steps until the task completes. While the server is busy
    /// answering, time stands still (unless <paramref name="duringRequests"/>), so a timeout
    /// never fires just because the real machine was slow.
    /// </summary>
    public static async Task<T> PumpAsync<T>(FakeTimeProvider time, FakeTranslatorServer server, Task<T> task, bool duringRequests = false, TimeSpan? step = null)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        var by = step ?? TimeSpan.FromMilliseconds(50);
        while (!task.IsCompleted)
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("the call did not finish within 20 s of real time");
            }

            if (duringRequests || server.InFlight == 0)
            {
                time.Advance(by);
            }

            await Task.Delay(1);
        }

        return await task;
    }

    public static async Task PumpAsync(FakeTimeProvider time, FakeTranslatorServer server, Task task, bool duringRequests = false) =>
        await PumpAsync(time, server, task.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), duringRequests);
}
