using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Translation.Quality.Documents;

namespace Translation.Quality.Ingest;

/// <summary>
/// One article a line: <c>{"id", "sourceLanguage", "targetLanguage", "text", "sourceText"?, "feed"?, "published"?}</c>.
/// A bad line becomes a failure naming the file and line; the lines after it are still read.
/// </summary>
public static class JsonlArticleReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>A line may hold the text, its source and the JSON around them; a longer one is refused unread.</summary>
    internal const int MaxLineLength = 3 * ArticleLimits.MaxCharacters;

    /// <remarks>Lines are read in order on the caller's thread and parsed on every core (see <see cref="OrderedParallel"/>).</remarks>
    public static IAsyncEnumerable<IngestItem> ReadAsync(string file, LanguageDefaults languages, Func<long> nextSequence, CancellationToken cancellationToken) =>
        OrderedParallel.SelectAsync(
            ReadLinesAsync(file, nextSequence, cancellationToken),
            line => Task.FromResult(line.Ready ?? Parse(file, line.Number, line.Text!, languages, line.Sequence)),
            OrderedParallel.DefaultWindow,
            cancellationToken);

    /// <summary>A line to parse, numbered in input order, or an item already known (a failure).</summary>
    private readonly record struct PendingLine(int Number, string? Text, long Sequence, IngestItem? Ready);

    private static async IAsyncEnumerable<PendingLine> ReadLinesAsync(string file, Func<long> nextSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        if (await LooksBinaryAsync(stream, cancellationToken).ConfigureAwait(false))
        {
            // One binary file is one failure, not one per "line" of it; a stray NUL only spoils its own line.
            yield return Known(new IngestFailure(nextSequence(), file, file, "looks like a binary file (many NUL bytes), not JSON Lines; a UTF-16 file needs a byte-order mark"));
            yield break;
        }

        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        var lines = new BoundedLineReader(reader, MaxLineLength);
        var lineNumber = 0;
        var articles = 0;
        while (true)
        {
            BoundedLine? line;
            string? readError = null;
            try
            {
                line = await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                line = null;
                readError = ex.Message;
            }

            if (readError is not null)
            {
                yield return Known(new IngestFailure(nextSequence(), $"{file}:{lineNumber + 1}", file, $"read error: {readError}"));
                yield break;
            }

            if (line is not { } read)
            {
                break;
            }

            lineNumber++;
            if (read.Text is null)
            {
                articles++;
                var where = $"{file}:{lineNumber}";
                yield return Known(new IngestFailure(nextSequence(), where, where, $"line {lineNumber}: {ArticleLimits.TooLong(read.Length)}"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(read.Text))
            {
                continue;
            }

            articles++;
            yield return new PendingLine(lineNumber, read.Text, nextSequence(), null);
        }

        if (articles == 0)
        {
            // An empty export is a broken feed, not a quiet night: say so rather than report nothing.
            yield return Known(new IngestFailure(nextSequence(), file, file, "the file holds no articles (no non-blank lines)"));
        }
    }

    private static PendingLine Known(IngestItem item) => new(0, null, item.Sequence, item);

    private static async Task<bool> LooksBinaryAsync(FileStream stream, CancellationToken cancellationToken)
    {
        var head = new byte[8192];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        stream.Position = 0;
        var bytes = head.AsSpan(0, read);
        var utf16 = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        return !utf16 && TextDecoder.LooksBinary((ReadOnlySpan<byte>)bytes);
    }

    internal static IngestItem Parse(string file, int lineNumber, string line, LanguageDefaults languages, long sequence)
    {
        var where = $"{file}:{lineNumber}";
        if (line.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return new IngestFailure(sequence, where, where, "line is not valid UTF-8");
        }

        try
        {
            using var doc = JsonDocument.Parse(line, Options);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new IngestFailure(sequence, where, where, "line is not a JSON object");
            }

            var root = doc.RootElement;
            var id = GetString(root, "id");
            var text = GetString(root, "text");
            if (string.IsNullOrEmpty(id))
            {
                return new IngestFailure(sequence, where, where, "missing \"id\"");
            }

            if (text is null)
            {
                return new IngestFailure(sequence, id, where, "missing \"text\"");
            }

            if (ArticleLimits.Problem(text) is { } problem)
            {
                return new IngestFailure(sequence, id, where, problem);
            }

            var (defSource, defTarget) = languages.Resolve(file);
            var source = GetString(root, "sourceLanguage") ?? defSource;
            var target = GetString(root, "targetLanguage") ?? defTarget;
            if (source is null || target is null)
            {
                return new IngestFailure(sequence, id, where, "no language pair: add \"sourceLanguage\" and \"targetLanguage\", or give --source-lang and --target-lang");
            }

            var sourceCode = LanguageCode.Normalize(source, out var sourceProblem);
            var targetCode = LanguageCode.Normalize(target, out var targetProblem);
            if (sourceProblem is not null || targetProblem is not null)
            {
                return new IngestFailure(sequence, id, where, sourceProblem is not null ? $"\"sourceLanguage\": {sourceProblem}" : $"\"targetLanguage\": {targetProblem}");
            }

            DateTimeOffset? published = null;
            if (GetString(root, "published") is { } p)
            {
                if (!DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                {
                    return new IngestFailure(sequence, id, where, $"\"published\" is not a date: '{p}'");
                }

                published = date;
            }

            return new ArticleItem(new Article
            {
                Id = id,
                Path = where,
                SourceLanguage = sourceCode!,
                TargetLanguage = targetCode!,
                Text = text,
                SourceText = GetString(root, "sourceText"),
                Feed = GetString(root, "feed"),
                Published = published,
                Sequence = sequence,
            });
        }
        catch (JsonException ex)
        {
            return new IngestFailure(sequence, where, where, JsonErrorText.Describe(ex, lineNumber, line));
        }
        catch (InvalidOperationException ex)
        {
            return new IngestFailure(sequence, where, where, $"unexpected JSON value: {ex.Message}");
        }
    }

    private static string? GetString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => Unescape(value, name),
                JsonValueKind.Null => null,
                _ => throw new InvalidOperationException($"\"{name}\" must be a string"),
            }
            : null;

    /// <summary>Names the field whose escapes make no text ("\ud800" alone), which the parser alone does not.</summary>
    private static string? Unescape(JsonElement value, string name)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException($"\"{name}\" is not valid text: {ex.Message}", ex);
        }
    }
}
