using System.Runtime.InteropServices;

namespace Translation.Quality.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM: the first asks the run to stop reading and write its reports (exit 3);
/// a second one ends the process at once, the way the signal would without tqa.
/// </summary>
public sealed class ShutdownSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly TextWriter _error;
    private readonly PosixSignalRegistration[] _registrations;
    private int _received;

    public ShutdownSignals(TextWriter error)
    {
        _error = error;
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _stop.Token;

    private void OnSignal(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref _received) > 1)
        {
            // Not cancelled: the runtime's own handling ends the process now (130 for SIGINT, 143 for SIGTERM).
            context.Cancel = false;
            return;
        }

        context.Cancel = true;
        var name = context.Signal == PosixSignal.SIGINT ? "Ctrl+C" : "SIGTERM";
        _error.WriteLine($"tqa: {name}: stopping; writing the reports for what was finished (Ctrl+C again to quit at once)");
        // Off the signal thread: cancellation callbacks may take a moment.
        ThreadPool.UnsafeQueueUserWorkItem(static s => s.Cancel(), _stop, preferLocal: false);
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }
}
