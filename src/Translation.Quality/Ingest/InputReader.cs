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

    /// <summary>The files a set of paths names, in the order they will be read.</summary>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                             .Where(f => Extensions.Contains(System.IO.Path.GetExtension(f)))
                             .Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    public async IAsyncEnumerable<IngestItem> ReadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long sequence = 0;
        foreach (var file in ExpandPaths(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ext = System.IO.Path.GetExtension(file).ToLowerInvariant();
            if (!File.Exists(file))
            {
                yield return new IngestFailure(sequence++, file, file, "file not found");
                continue;
            }

            IAsyncEnumerable<IngestItem> items = ext switch
            {
                ".jsonl" => JsonlArticleReader.ReadAsync(file, _languages, () => sequence++, cancellationToken),
                ".xlf" or ".xliff" => XliffArticleReader.ReadAsync(file, _languages, () => sequence++, cancellationToken),
                ".txt" => ReadTextAsync(file, sequence++, cancellationToken),
                _ => Single(new IngestFailure(sequence++, file, file, $"unsupported file type '{ext}'; expected .txt, .jsonl, .xlf or .xliff")),
            };

            await foreach (var item in items.WithCancellation(cancellationToken))
            {
                yield return item;
            }
        }
    }

    private async IAsyncEnumerable<IngestItem> ReadTextAsync(string file, long sequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var id = System.IO.Path.GetFileNameWithoutExtension(file);
        var info = new FileInfo(file);
        if (info.Length > MaxArticleFileBytes)
        {
            yield return new IngestFailure(sequence, id, file, ArticleLimits.TooLong(info.Length));
            yield break;
        }

        var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        if (!TextDecoder.TryDecode(bytes, out var text, out var error))
        {
            yield return new IngestFailure(sequence, id, file, error!);
            yield break;
        }

        if (ArticleLimits.Problem(text) is { } problem)
        {
            yield return new IngestFailure(sequence, id, file, problem);
            yield break;
        }

        var (source, target) = _languages.Resolve(file);
        if (source is null || target is null)
        {
            yield return new IngestFailure(sequence, id, file, "no language pair: give --source-lang and --target-lang, or put the file in a folder named like 'fr-en'");
            yield break;
        }

        yield return new ArticleItem(new Article
        {
            Id = id,
            Path = file,
            SourceLanguage = source,
            TargetLanguage = target,
            Text = text,
            Sequence = sequence,
        });
    }

    private static async IAsyncEnumerable<IngestItem> Single(IngestItem item)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return item;
    }
}
