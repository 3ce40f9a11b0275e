using System.Runtime.InteropServices;

namespace Translation.Quality.Nightly;

/// <summary>
/// rename(2): replaces a symlink atomically. File.Move cannot: it follows the link, finds a folder and
/// reports the file missing; Directory.Move refuses to replace.
/// </summary>
internal static class PosixRename
{
    public static void Replace(string source, string destination)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("rename(2) is POSIX only");
        }

        if (Rename(source, destination) != 0)
        {
            throw new IOException($"cannot rename {source} to {destination}: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    // DllImport rather than LibraryImport: the source generator would need unsafe code in the whole library.
    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int Rename([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);
}
