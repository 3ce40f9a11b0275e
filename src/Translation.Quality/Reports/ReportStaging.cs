namespace Translation.Quality.Reports;

/// <summary>
/// A report set is all or nothing: every sink writes into a hidden staging folder beside the
/// reports, and only when every one finished are they moved into place together (renames within
/// one folder, which need no free space). A full disk or a failed sink leaves the previous set whole.
/// </summary>
public sealed class ReportStaging : IDisposable
{
    private ReportStaging(string outDir, string folder)
    {
        OutDir = outDir;
        Folder = folder;
    }

    /// <summary>Where the reports go once published (as the caller named it).</summary>
    public string OutDir { get; }

    /// <summary>Where the sinks write meanwhile.</summary>
    public string Folder { get; }

    /// <summary>Clears what killed runs left in <paramref name="outDir"/>, then makes this run's staging folder.</summary>
    public static ReportStaging Begin(string outDir)
    {
        Directory.CreateDirectory(outDir);
        ReportTemporaries.RemoveStale(outDir);
        var folder = ReportTemporaries.For(Path.Combine(outDir, ".staging"));
        Directory.CreateDirectory(folder);
        return new ReportStaging(outDir, folder);
    }

    /// <summary>Moves every staged report into <see cref="OutDir"/>, each over its previous version.</summary>
    /// <param name="staged">The files the sinks wrote, all of them.</param>
    /// <returns>The published paths, in the same order.</returns>
    public IReadOnlyList<string> Publish(IReadOnlyList<string> staged)
    {
        var missing = staged.FirstOrDefault(s => !File.Exists(s));
        if (missing is not null)
        {
            throw new IOException($"{missing} was not written; no report was published");
        }

        // Every target checked before anything moves: a set half published is what staging is for avoiding.
        var blocked = staged.Select(f => Path.Combine(OutDir, Path.GetFileName(f))).FirstOrDefault(Directory.Exists);
        if (blocked is not null)
        {
            throw new IOException($"{blocked} is a folder, so the reports cannot be put there; no report was published, and the previous ones are kept as they were");
        }

        var published = new List<string>(staged.Count);
        foreach (var file in staged)
        {
            var final = Path.Combine(OutDir, Path.GetFileName(file));
            File.Move(file, final, overwrite: true);
            published.Add(final);
        }

        return published;
    }

    /// <summary>Removes the staging folder and whatever was not published.</summary>
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next run into this folder removes it (its process is gone by then).
        }
    }
}
