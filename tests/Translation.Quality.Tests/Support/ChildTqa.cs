using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Translation.Quality.Tests.Support;

/// <summary>The built tqa as a child process, for what only a real process shows: signals, exit statuses.</summary>
public sealed class ChildTqa : IDisposable
{
    public const int SigInt = 2;
    public const int SigTerm = 15;

    private readonly Process _process;
    private readonly Task<string> _out;
    private readonly System.Text.StringBuilder _err = new();

    public ChildTqa(params string[] args)
    {
        var tqa = Path.Combine(AppContext.BaseDirectory, "tqa.dll");
        var host = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(tqa);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;
        _out = _process.StandardOutput.ReadToEndAsync();
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_err)
            {
                _err.Append(e.Data).Append('\n');
            }
        };
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>What the child has printed on stderr so far.</summary>
    public string ErrorSoFar
    {
        get
        {
            lock (_err)
            {
                return _err.ToString();
            }
        }
    }

    /// <summary>Sends a POSIX signal, as a terminal's Ctrl+C or a scheduler's stop would.</summary>
    public void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>Waits until <paramref name="ready"/> holds (polled), failing if the child ends first.</summary>
    public async Task WaitUntil(Func<bool> ready, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!ready())
        {
            if (_process.HasExited)
            {
                Assert.Fail($"tqa ended (exit {_process.ExitCode}) before the test could act: {ErrorSoFar}");
            }

            if (clock.Elapsed > limit)
            {
                Assert.Fail("tqa did not reach the expected point in time");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits for the exit; the code is 128 + signal when a signal ended it.</summary>
    public async Task<(int Exit, string Out, string Err)> Exit(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(timeout.Token);
        return (_process.ExitCode, await _out, ErrorSoFar);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
