using System.Diagnostics;

namespace Translation.Quality.Tests.Deploy;

/// <summary>A real child process with its own environment; output captured, bounded in time.</summary>
public static class ChildProcess
{
    public static Process Start(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (k, v) in environment)
        {
            info.Environment[k] = v;
        }

        return Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
    }

    /// <summary>Waits for the process (killing it past the timeout) and returns its exit code and output.</summary>
    public static async Task<(int Exit, string Out, string Err)> WaitAsync(Process process, TimeSpan timeout)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{process.StartInfo.FileName} ran longer than {timeout}: {await stderr}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
