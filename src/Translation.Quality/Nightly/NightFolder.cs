namespace Translation.Quality.Nightly;

/// <summary>The dated report folders and the <c>latest</c> pointer the morning shift opens.</summary>
public static class NightFolder
{
    public const string Latest = "latest";

    public static string For(string reportsRoot, string night, Translation.Quality.History.ShardSpec? shard) =>
        shard is null ? Path.Combine(reportsRoot, night) : Path.Combine(reportsRoot, night, shard.FolderName);

    /// <summary>Removes half-written reports (AtomicFile temporaries) that a killed run left in the folder.</summary>
    public static void RemoveStaleTemporaries(string folder) => Translation.Quality.Reports.ReportTemporaries.RemoveStale(folder);

    /// <summary>
    /// Points <c>latest</c> at the night's folder: a relative symlink swapped in by rename (never
    /// missing, never half-made), else a <c>latest.txt</c> naming the folder where symlinks are not allowed.
    /// </summary>
    /// <returns>The pointer written.</returns>
    public static string UpdateLatest(string reportsRoot, string night)
    {
        var link = Path.Combine(reportsRoot, Latest);
        var temp = Path.Combine(reportsRoot, $".{Latest}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.CreateSymbolicLink(temp, night);
            if (Directory.Exists(link) && new DirectoryInfo(link).LinkTarget is null)
            {
                throw new IOException($"{link} is a real folder; not replacing it with a link");
            }

            // rename(2) replaces the old link atomically.
            PosixRename.Replace(temp, link);
            var text = Path.Combine(reportsRoot, Latest + ".txt");
            if (File.Exists(text))
            {
                File.Delete(text);
            }

            return link;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            if (File.Exists(temp) || new FileInfo(temp).LinkTarget is not null)
            {
                File.Delete(temp);
            }

            var text = Path.Combine(reportsRoot, Latest + ".txt");
            var tmp = text + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(tmp, night + Environment.NewLine);
            File.Move(tmp, text, overwrite: true);
            return text;
        }
    }
}
