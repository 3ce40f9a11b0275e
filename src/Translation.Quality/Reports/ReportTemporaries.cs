using System.Diagnostics;
using System.Globalization;

namespace Translation.Quality.Reports;

/// <summary>
/// The names of the temporaries reports are written through (<c>report.json.tqa-PID-GUID.tmp</c>)
/// and their removal once the process that wrote them is gone: a run stopped by kill -9 or a second
/// Ctrl+C leaves them behind, and the next run in that folder clears them.
/// </summary>
public static class ReportTemporaries
{
    private const string Marker = ".tqa-";

    /// <summary>A fresh temporary beside <paramref name="path"/>, naming this process.</summary>
    public static string For(string path) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}{Marker}{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");

    /// <summary>Deletes the tool's temporaries in <paramref name="folder"/> whose writer no longer runs; other files are left alone.</summary>
    /// <returns>How many were removed.</returns>
    public static int RemoveStale(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var staging in Directory.EnumerateDirectories(folder, ".staging.tqa-*.tmp"))
        {
            if (IsStale(Path.GetFileName(staging)))
            {
                try
                {
                    Directory.Delete(staging, recursive: true);
                    removed++;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Left for a later run.
                }
            }
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.tmp"))
        {
            if (IsStale(Path.GetFileName(file)))
            {
                try
                {
                    File.Delete(file);
                    removed++;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Left for a later run; never a reason to fail this one.
                }
            }
        }

        return removed;
    }

    /// <summary>Ours, and its process gone; or the older nameless form (<c>NAME.GUID.tmp</c>), which only a dead run leaves.</summary>
    internal static bool IsStale(string fileName)
    {
        var stem = fileName[..^".tmp".Length];
        var marker = stem.LastIndexOf(Marker, StringComparison.Ordinal);
        if (marker > 0)
        {
            var tail = stem[(marker + Marker.Length)..];
            var dash = tail.IndexOf('-', StringComparison.Ordinal);
            return dash > 0 && IsGuid(tail[(dash + 1)..]) && int.TryParse(tail[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid);
        }

        var dot = stem.LastIndexOf('.');
        return dot > 0 && IsGuid(stem[(dot + 1)..]);
    }

    private static bool IsGuid(string text) => text.Length == 32 && text.All(char.IsAsciiHexDigit);

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
