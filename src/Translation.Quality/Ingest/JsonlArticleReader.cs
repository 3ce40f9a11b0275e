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

    public static async IAsyncEnumerable<IngestItem> ReadAsync(string file, LanguageDefaults languages, Func<long> nextSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        var lineNumber = 0;
        while (true)
        {
            string? line;
            string? readError = null;
            try
            {
                line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                line = null;
                readError = ex.Message;
            }

            if (readError is not null)
            {
                yield return new IngestFailure(nextSequence(), $"{file}:{lineNumber + 1}", file, $"read error: {readError}");
                yield break;
            }

            if (line is null)
            {
                yield break;
            }

            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse(file, lineNumber, line, languages, nextSequence());
        }
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

            var (defSource, defTarget) = languages.Resolve(file);
            var source = GetString(root, "sourceLanguage") ?? defSource;
            var target = GetString(root, "targetLanguage") ?? defTarget;
            if (source is null || target is null)
            {
                return new IngestFailure(sequence, id, where, "no language pair: add \"sourceLanguage\" and \"targetLanguage\", or give --source-lang and --target-lang");
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
                SourceLanguage = source.ToLowerInvariant(),
                TargetLanguage = target.ToLowerInvariant(),
                Text = text,
                SourceText = GetString(root, "sourceText"),
                Feed = GetString(root, "feed"),
                Published = published,
                Sequence = sequence,
            });
        }
        catch (JsonException ex)
        {
            return new IngestFailure(sequence, where, where, $"not valid JSON: {ex.Message}");
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
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null => null,
                _ => throw new InvalidOperationException($"\"{name}\" must be a string"),
            }
            : null;
}
