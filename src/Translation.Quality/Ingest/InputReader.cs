using System.Runtime.CompilerServices;
using Translation.Quality.Documents;

namespace Translation.Quality.Ingest;

/// <summary>
/// Streams articles from files and folders (walked recursively, in a stable order): .txt one
/// article a file, .jsonl one a line, .xlf/.xliff bilingual. Nothing is ever loaded a whole feed at a time.
/// </summary>
public sealed class InputReader
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".jsonl", ".xlf", ".xliff" };

    /// <summary>
    /// A .txt file over this size is refused unread: at three UTF-8 bytes a character at most, it cannot
    /// hold an article within <see cref="ArticleLimits.MaxCharacters"/> (a JSONL feed may be larger; its lines are read one by one).
    /// </summary>
    public const long MaxArticleFileBytes = 3L * ArticleLimits.MaxCharacters + 3;

    private readonly LanguageDefaults _languages;

    public InputReader(LanguageDefaults languages)
    {
        _languages = languages;
    }

    /// <summary>Folders nested deeper than this are not walked: only a loop of links makes a feed this deep.</summary>
    public const int MaxFolderDepth = 64;

    /// <summary>
    /// The files a set of paths names, in the order they will be read, each with the reason it
    /// cannot be read when a folder could not be listed (null when it can).
    /// </summary>
    public static IEnumerable<(string Path, string? Problem)> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var entry in ListFolder(path).OrderBy(e => e.Path, StringComparer.Ordinal))
                {
                    yield return entry;
                }
            }
            else
            {
                yield return (path, null);
            }
        }
    }

    /// <summary>
    /// Every input file under a folder. A linked folder is walked once, where it first turns up: a link
    /// back up the tree was followed until the path grew too long, reading every article again at each
    /// level (two such links, 2^40 times). A folder that cannot be listed is a failure, not the end of the run.
    /// </summary>
    private static List<(string Path, string? Problem)> ListFolder(string root)
    {
        var found = new List<(string Path, string? Problem)>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { RealFolder(root) ?? root };
        var pending = new Stack<(string Folder, int Depth)>();
        pending.Push((root, 0));
        while (pending.TryPop(out var current))
        {
            try
            {
                found.AddRange(Directory.EnumerateFiles(current.Folder).Where(f => Extensions.Contains(System.IO.Path.GetExtension(f))).Select(f => (f, (string?)null)));
                foreach (var sub in Directory.EnumerateDirectories(current.Folder))
                {
                    if (current.Depth >= MaxFolderDepth)
                    {
                        found.Add((sub, $"folder nested more than {MaxFolderDepth} levels deep; not read"));
                    }
                    else if (RealFolder(sub) is not { } real)
                    {
                        found.Add((sub, "folder link cannot be followed (a loop of links, or a target that is gone)"));
                    }
                    else if (visited.Add(real))
                    {
                        pending.Push((sub, current.Depth + 1));
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                found.Add((current.Folder, $"folder cannot be read: {ex.Message}"));
            }
        }

        return found;
    }

    /// <summary>Where a folder really is: a link's final target, else its full path; null when a link leads nowhere.</summary>
    private static string? RealFolder(string folder)
    {
        try
        {
            return System.IO.Path.GetFullPath(new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<IngestItem> ReadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long sequence = 0;

        // A .txt file is one article: a few files ahead are opened, read and decoded on every core,
        // and numbered here in the order of the walk. Other files stream one item after another.
        var entries = OrderedParallel.SelectAsync(
            Entries(paths, cancellationToken),
            async entry => (entry, entry.Problem is null && IsText(entry.Path) ? await ReadTextFileItemAsync(entry.Path, cancellationToken).ConfigureAwait(false) : null),
            OrderedParallel.DefaultWindow,
            cancellationToken);
        await foreach (var ((file, folderProblem), text) in entries.ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (folderProblem is not null)
            {
                yield return new IngestFailure(sequence++, file, file, folderProblem);
                continue;
            }

            if (text is not null)
            {
                yield return Numbered(text, sequence++);
                continue;
            }

            var ext = System.IO.Path.GetExtension(file).ToLowerInvariant();
            if (!File.Exists(file))
            {
                yield return new IngestFailure(sequence++, file, file, "file not found");
                continue;
            }

            if (Unopenable(file) is { } problem)
            {
                yield return new IngestFailure(sequence++, file, file, problem);
                continue;
            }

            // Each reader takes a sequence number only as it yields, so a failure below leaves no gap.
            IAsyncEnumerable<IngestItem> items = ext switch
            {
                ".jsonl" => JsonlArticleReader.ReadAsync(file, _languages, () => sequence++, cancellationToken),
                ".xlf" or ".xliff" => XliffArticleReader.ReadAsync(file, _languages, () => sequence++, cancellationToken),
                _ => Single(Task.FromResult<IngestItem>(new IngestFailure(sequence++, file, file, $"unsupported file type '{ext}'; expected .txt, .jsonl, .xlf or .xliff"))),
            };

            await using var reader = items.GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                IngestItem item;
                var failed = false;
                try
                {
                    if (!await reader.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    item = reader.Current;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Deleted while the feed was read, unreadable, a dangling link: that file fails, the run goes on.
                    item = new IngestFailure(sequence++, file, file, $"cannot be read: {ex.Message}");
                    failed = true;
                }

                yield return item;
                if (failed)
                {
                    break;
                }
            }
        }
    }

    private static bool IsText(string file) => string.Equals(System.IO.Path.GetExtension(file), ".txt", StringComparison.OrdinalIgnoreCase);

    private static async IAsyncEnumerable<(string Path, string? Problem)> Entries(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var entry in ExpandPaths(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private static IngestItem Numbered(IngestItem item, long sequence) => item switch
    {
        ArticleItem a => new ArticleItem(a.Article with { Sequence = sequence }),
        IngestFailure f => f with { Sequence = sequence },
        _ => throw new InvalidOperationException($"Unknown ingest item {item.GetType().Name}."),
    };

    /// <summary>A .txt file's article or failure, numbered later: everything a .txt needs is done here, off the reading thread.</summary>
    private async Task<IngestItem?> ReadTextFileItemAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            return new IngestFailure(0, file, file, "file not found");
        }

        if (Unopenable(file) is { } problem)
        {
            return new IngestFailure(0, file, file, problem);
        }

        return await ReadTextAsync(file, () => 0, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Why a file is not even opened, or null. An empty file holds no article; and a pipe or device
    /// also shows 0 bytes, where opening a pipe would wait for a writer that never comes.
    /// </summary>
    private static string? Unopenable(string file)
    {
        try
        {
            return new FileInfo(file).Length == 0 ? "the file is empty (0 bytes): no articles in it" : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot be read: {ex.Message}";
        }
    }

    /// <summary>One .txt article; all reading is done before its sequence number is taken.</summary>
    private async Task<IngestItem> ReadTextAsync(string file, Func<long> nextSequence, CancellationToken cancellationToken)
    {
        var id = System.IO.Path.GetFileNameWithoutExtension(file);
        string? problem;
        string text;
        try
        {
            (text, problem) = await ReadTextFileAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new IngestFailure(nextSequence(), id, file, $"cannot be read: {ex.Message}");
        }

        var (source, target) = _languages.Resolve(file);
        if (problem is null && (source is null || target is null))
        {
            problem = "no language pair: give --source-lang and --target-lang, or put the file in a folder named like 'fr-en'";
        }

        var sequence = nextSequence();
        return problem is not null
            ? new IngestFailure(sequence, id, file, problem)
            : new ArticleItem(new Article
            {
                Id = id,
                Path = file,
                SourceLanguage = source!,
                TargetLanguage = target!,
                Text = text,
                Sequence = sequence,
            });
    }

    /// <summary>The file's text, or why it is no article; reads at most <see cref="MaxArticleFileBytes"/> (a device or pipe has no length to check first).</summary>
    private static async Task<(string Text, string? Problem)> ReadTextFileAsync(string file, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        if (stream.CanSeek && stream.Length > MaxArticleFileBytes)
        {
            return (string.Empty, ArticleLimits.TooLong(stream.Length));
        }

        using var content = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (content.Length + read > MaxArticleFileBytes)
            {
                return (string.Empty, ArticleLimits.TooLong(content.Length + read));
            }

            content.Write(chunk, 0, read);
        }

        if (!TextDecoder.TryDecode(content.GetBuffer().AsSpan(0, (int)content.Length), out var text, out var error))
        {
            return (string.Empty, error);
        }

        return (text, ArticleLimits.Problem(text));
    }

    private static async IAsyncEnumerable<IngestItem> Single(Task<IngestItem> item)
    {
        yield return await item.ConfigureAwait(false);
    }
}
