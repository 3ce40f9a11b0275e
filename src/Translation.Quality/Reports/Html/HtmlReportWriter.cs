using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Translation.Quality.Documents;
using Translation.Quality.Reports.Model;
using Translation.Quality.Results;
using Translation.Quality.Text;

namespace Translation.Quality.Reports.Html;

/// <summary>
/// <c>report.html</c>: one self-contained page for the editors' review, with no external asset, so
/// it opens from <c>file://</c> offline. Articles stream out as they come, a block of JSON data at a
/// time (<c>&lt;script type="application/json"&gt;</c>), and the page's script builds the DOM from
/// them lazily. The JSON escapes every <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as <c>\u003C</c>…,
/// so no feed text can close its block or open a comment; the script only ever sets feed text as
/// <c>textContent</c>.
/// </summary>
/// <remarks>
/// Each block pair holds up to <see cref="HtmlReportOptions.ArticlesPerBlock"/> articles: a
/// <c>tqa-a</c> block with what the list and filters need (id, status, score, findings) and a
/// <c>tqa-t</c> block with the text, sentences and source, parsed only when an article is opened
/// or searched.
/// </remarks>
public sealed class HtmlReportWriter : IReportWriter
{
    public const string FileName = "report.html";

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        // Non-ASCII stays as is (a smaller file); HTML-sensitive characters are always escaped by this encoder.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private readonly AtomicFile _file;
    private readonly HtmlReportOptions _options;
    private readonly string _toolVersion;
    private readonly DateTimeOffset _generatedAt;
    private readonly ArrayBufferWriter<byte> _metaBuffer = new(1 << 16);
    private readonly ArrayBufferWriter<byte> _textBuffer = new(1 << 16);
    private readonly Utf8JsonWriter _meta;
    private readonly Utf8JsonWriter _text;
    private int _inBlock;

    public HtmlReportWriter(string outputDirectory, string toolVersion, DateTimeOffset generatedAt, HtmlReportOptions? options = null)
    {
        _options = options ?? new HtmlReportOptions();
        _toolVersion = toolVersion;
        _generatedAt = generatedAt;
        _meta = new Utf8JsonWriter(_metaBuffer, JsonOptions);
        _text = new Utf8JsonWriter(_textBuffer, JsonOptions);
        _file = new AtomicFile(Path.Combine(outputDirectory, FileName));
        var title = $"tqa report {generatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC";
        WriteRaw(HtmlTemplate.HeadFor(title, $"tqa {toolVersion}"));
    }

    public string Format => "html";

    public string OutputPath => _file.Path;

    public void WriteArticle(ArticleResult result)
    {
        if (_inBlock == 0)
        {
            _meta.WriteStartArray();
            _text.WriteStartArray();
        }

        WriteMeta(result);
        WriteText(result.Article, result.Sentences);
        if (++_inBlock >= Math.Max(1, _options.ArticlesPerBlock))
        {
            FlushBlock();
        }
    }

    public async Task CompleteAsync(RunSummary summary, CancellationToken cancellationToken)
    {
        FlushBlock();
        WriteDataBlock("tqa-summary", SummaryJson(summary));
        if (_options.Trend is { Count: > 0 } trend)
        {
            WriteDataBlock("tqa-trend", TrendJson(trend));
        }

        WriteRaw(HtmlTemplate.Tail);
        await _file.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _meta.DisposeAsync().ConfigureAwait(false);
        await _text.DisposeAsync().ConfigureAwait(false);

        // Without CompleteAsync nothing is left behind: AtomicFile deletes its temporary file.
        await _file.DisposeAsync().ConfigureAwait(false);
    }

    private void WriteMeta(ArticleResult result)
    {
        var a = result.Article;
        var j = _meta;
        j.WriteStartObject();
        j.WriteString("id", a.Id);
        j.WriteString("path", a.Path);
        j.WriteString("feed", FeedName.Of(a));
        j.WriteString("sourceLanguage", a.SourceLanguage);
        j.WriteString("targetLanguage", a.TargetLanguage);
        j.WriteString("status", result.HasErrors ? "error" : result.Status.ToString().ToLowerInvariant());
        j.WriteNumber("words", result.Words);
        j.WriteBoolean("bilingual", a.SourceText is not null || a.Alignment.Count > 0);
        if (a.Published is { } published)
        {
            j.WriteString("published", published);
        }

        j.WritePropertyName("mqm");
        JsonSerializer.Serialize(j, ReportMapper.Mqm(result.Mqm), ReportJsonContext.Default.ReportMqm);

        j.WriteStartArray("findings");
        foreach (var f in result.Findings)
        {
            j.WriteStartObject();
            j.WriteString("rule", f.Rule);
            j.WriteString("class", f.Class);
            j.WriteString("category", f.Category);
            j.WriteString("severity", f.Severity.ToString().ToLowerInvariant());

            // Offsets are clamped so a bad finding cannot break the page; its text says what was flagged.
            j.WriteNumber("start", Math.Clamp(f.Start, 0, a.Text.Length));
            j.WriteNumber("end", Math.Clamp(f.End, Math.Clamp(f.Start, 0, a.Text.Length), a.Text.Length));
            j.WriteString("text", f.Text);
            j.WriteString("message", f.Message);
            if (f.Suggestion is null)
            {
                j.WriteNull("suggestion");
            }
            else
            {
                j.WriteString("suggestion", f.Suggestion);
            }

            j.WriteString("fingerprint", f.Fingerprint);
            if (f.Source is { } source && a.SourceText is { } sourceText)
            {
                // The source span is lit beside the flagged one; clamped like the target's.
                var start = Math.Clamp(source.Start, 0, sourceText.Length);
                j.WriteStartObject("source");
                j.WriteNumber("start", start);
                j.WriteNumber("end", Math.Clamp(source.End, start, sourceText.Length));
                j.WriteString("text", source.Text);
                j.WriteEndObject();
            }

            j.WriteEndObject();
        }

        j.WriteEndArray();
        j.WritePropertyName("diagnostics");
        JsonSerializer.Serialize(j, ReportMapper.Diagnostics(result.Diagnostics), ReportJsonContext.Default.IReadOnlyListReportDiagnostic);
        j.WriteStartArray("notes");
        foreach (var note in Notes(result))
        {
            j.WriteStartObject();
            j.WriteString("label", note.Label);
            j.WriteString("detail", note.Detail);
            j.WriteEndObject();
        }

        j.WriteEndArray();
        j.WriteEndObject();
    }

    /// <param name="sentences">The analysis's sentences (for a reused article, the ones its stored check found); null when there are none (failed early, or reused from a history row older than that).</param>
    private void WriteText(Article a, IReadOnlyList<TextSpan>? sentences)
    {
        var j = _text;
        j.WriteStartObject();
        j.WriteString("text", a.Text);
        j.WriteStartArray("sentences");
        foreach (var s in sentences ?? Sentences(a.Text))
        {
            j.WriteNumberValue(s.Start);
            j.WriteNumberValue(s.End);
        }

        j.WriteEndArray();
        if (a.SourceText is null)
        {
            j.WriteNull("source");
        }
        else
        {
            j.WriteString("source", a.SourceText);
        }

        j.WriteStartArray("align");
        foreach (var s in a.Alignment)
        {
            j.WriteStartArray();
            j.WriteNumberValue(s.TargetStart);
            j.WriteNumberValue(s.TargetEnd);
            j.WriteStringValue(s.Source);
            j.WriteEndArray();
        }

        j.WriteEndArray();
        j.WriteEndObject();
    }

    /// <summary>
    /// Sentence bounds for an article without any (failed before segmenting, or reused from a history
    /// row stored before sentences were kept): split here; a text the splitter cannot handle shows as one block.
    /// </summary>
    private static TextSpan[] Sentences(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        try
        {
            return [.. SentenceSplitter.Split(text, Tokenizer.Tokenize(text)).Select(s => new TextSpan(s.Start, s.End))];
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            return [];
        }
    }

    private void FlushBlock()
    {
        if (_inBlock == 0)
        {
            return;
        }

        _meta.WriteEndArray();
        _text.WriteEndArray();
        _meta.Flush();
        _text.Flush();
        WriteDataBlock("tqa-a", _metaBuffer.WrittenSpan, isClass: true);
        WriteDataBlock("tqa-t", _textBuffer.WrittenSpan, isClass: true);
        _metaBuffer.ResetWrittenCount();
        _textBuffer.ResetWrittenCount();
        _meta.Reset();
        _text.Reset();
        _inBlock = 0;
    }

    private void WriteDataBlock(string name, ReadOnlySpan<byte> json, bool isClass = false)
    {
        WriteRaw(isClass ? $"<script type=\"application/json\" class=\"{name}\">" : $"<script type=\"application/json\" id=\"{name}\">");
        _file.Stream.Write(json);
        WriteRaw("</script>\n");
    }

    private byte[] SummaryJson(RunSummary summary)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var j = new Utf8JsonWriter(buffer, JsonOptions))
        {
            var page = new PageSummary
            {
                Tool = "tqa " + _toolVersion,
                GeneratedAt = _generatedAt,
                StartedAt = summary.StartedAt,
                Facts = [.. Facts(summary).Select(f => new PageFact(f.Label, f.Value))],
            };
            JsonSerializer.Serialize(j, ReportMapper.Totals(summary, page), ReportJsonContext.Default.PageSummary);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The Translator's verdict when the verify stage ran, then whatever the options add.</summary>
    private IEnumerable<ReportNote> Notes(ArticleResult result)
    {
        switch (result.Verification)
        {
            case { Verified: false } v:
                yield return new ReportNote("unverified", v.Reason ?? "not verified by the Translator");
                break;
            case { Reason: { } partly }:
                yield return new ReportNote("partly verified", partly);
                break;
        }

        if (_options.ArticleNotes is { } more)
        {
            foreach (var note in more(result))
            {
                yield return note;
            }
        }
    }

    /// <summary>The Translator's cost and verdicts when the verify stage ran, then whatever the options add.</summary>
    private IEnumerable<ReportFact> Facts(RunSummary summary)
    {
        if (summary.Translator is { } cost)
        {
            yield return new ReportFact("translator characters", Number(cost.CharactersSent));
            yield return new ReportFact("characters from the cache", Number(cost.CharactersFromCache));
            yield return new ReportFact("verified by the Translator", Number(summary.Verified));
            yield return new ReportFact("unverified", Number(summary.Unverified));
            if (cost.FailedRequests > 0)
            {
                yield return new ReportFact("failed Translator requests", Number(cost.FailedRequests));
            }
        }

        if (_options.SummaryFacts is { } more)
        {
            foreach (var fact in more(summary))
            {
                yield return fact;
            }
        }
    }

    private static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static byte[] TrendJson(IReadOnlyList<ReportTrendPoint> trend)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var j = new Utf8JsonWriter(buffer, JsonOptions))
        {
            j.WriteStartArray();
            foreach (var p in trend)
            {
                j.WriteStartObject();
                j.WriteString("date", p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                j.WriteNumber("articles", p.Articles);
                j.WriteNumber("passRate", Math.Round(Math.Clamp(p.PassRate, 0, 1), 4));
                j.WriteNumber("findings", p.Findings);
                j.WriteEndObject();
            }

            j.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }


    private void WriteRaw(string text) => _file.Stream.Write(Encoding.UTF8.GetBytes(text));
}
