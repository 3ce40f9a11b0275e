using System.Text.Json;
using Translation.Quality.Documents;
using Translation.Quality.Ingest;

namespace Translation.Quality.Evaluation;

/// <summary>
/// Reads a gold folder: every <c>NAME.txt</c> with its <c>NAME.ann.json</c>
/// (<c>{"id", "sourceLanguage", "targetLanguage", "defects": [{"class", "start", "end", "text", "type"?}]}</c>)
/// and, for a bilingual gold set, its source text in <c>NAME.source.txt</c> beside it. Other files
/// (a <c>NAME.fresh.tsv</c> of fresh translations, READMEs) are left alone.
/// An annotation whose text does not match its span is an error naming the file, never silently used.
/// </summary>
public static class GoldSetReader
{
    /// <summary>The file beside <c>NAME.txt</c> that holds its source text.</summary>
    public const string SourceSuffix = ".source.txt";

    public static IReadOnlyList<GoldArticle> Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new GoldSetException($"{directory}: gold folder not found");
        }

        var articles = new List<GoldArticle>();
        var problems = new List<string>();
        foreach (var txt in Directory.EnumerateFiles(directory, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            // A source text belongs to the article beside it; it is not an article of its own.
            if (txt.EndsWith(SourceSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var ann = Path.ChangeExtension(txt, ".ann.json");
            if (!File.Exists(ann))
            {
                continue;
            }

            try
            {
                articles.Add(ReadOne(txt, ann));
            }
            catch (Exception ex) when (ex is JsonException or GoldSetException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                problems.Add($"{ann}: {ex.Message}");
            }
        }

        if (problems.Count > 0)
        {
            throw new GoldSetException(string.Join('\n', problems));
        }

        if (articles.Count == 0)
        {
            throw new GoldSetException($"{directory}: no annotated articles (NAME.txt with NAME.ann.json)");
        }

        return articles;
    }

    private static GoldArticle ReadOne(string txt, string ann)
    {
        if (!TextDecoder.TryDecode(File.ReadAllBytes(txt), out var text, out var error))
        {
            throw new GoldSetException($"{txt}: {error}");
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(ann));
        var root = doc.RootElement;
        var (pairSource, pairTarget) = new LanguageDefaults(null, null).Resolve(txt);
        var id = root.TryGetProperty("id", out var idEl) ? idEl.GetString()! : Path.GetFileNameWithoutExtension(txt);
        var source = root.TryGetProperty("sourceLanguage", out var s) ? s.GetString() : pairSource;
        var target = root.TryGetProperty("targetLanguage", out var t) ? t.GetString() : pairTarget;
        if (source is null || target is null)
        {
            throw new GoldSetException("no language pair (sourceLanguage/targetLanguage)");
        }

        var defects = new List<GoldDefect>();
        foreach (var d in root.GetProperty("defects").EnumerateArray())
        {
            var start = d.GetProperty("start").GetInt32();
            var end = d.GetProperty("end").GetInt32();
            var quoted = d.GetProperty("text").GetString() ?? string.Empty;
            if (start < 0 || end > text.Length || end <= start || text[start..end] != quoted)
            {
                throw new GoldSetException($"defect \"{quoted}\" at {start}-{end} does not match the article text");
            }

            defects.Add(new GoldDefect(d.GetProperty("class").GetString()!, start, end, quoted, d.TryGetProperty("note", out var n) ? n.GetString() : null,
                d.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null));
        }

        string? sourceText = null;
        var sourceFile = Path.ChangeExtension(txt, SourceSuffix);
        if (File.Exists(sourceFile))
        {
            if (!TextDecoder.TryDecode(File.ReadAllBytes(sourceFile), out var decoded, out var sourceError))
            {
                throw new GoldSetException($"{sourceFile}: {sourceError}");
            }

            sourceText = decoded;
        }

        var article = new Article { Id = id, Path = txt, SourceLanguage = source, TargetLanguage = target, Text = text, SourceText = sourceText };
        return new GoldArticle(article, defects);
    }
}

public sealed class GoldSetException(string message) : Exception(message);
