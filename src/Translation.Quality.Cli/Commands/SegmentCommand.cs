using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Translation.Quality.Alignment;
using Translation.Quality.Config;
using Translation.Quality.Ingest;
using Translation.Quality.Text;
using Translation.Quality.WordOrder;

namespace Translation.Quality.Cli.Commands;

/// <summary>
/// <c>tqa segment PATH</c>: how tqa sees a text — sentences with offsets, tokens with POS tags and
/// shapes, each sentence's language and confidence, and for a bilingual article the aligned source
/// beside each sentence. Runs the same normalise, segment and align stages as <c>tqa check</c>, on
/// one .txt file or the first article of a .jsonl or .xliff file.
/// </summary>
public static class SegmentCommand
{
    public static Command Build()
    {
        var path = new Argument<string>("path") { Description = "A .txt article, or a .jsonl/.xlf/.xliff file (its first article)." };
        var config = CommonOptions.Config();
        var format = new Option<string?>("--format") { Description = "text (default) or json." };
        var sourceLang = new Option<string?>("--source-lang") { Description = "Source language where the input does not give one (e.g. fr)." };
        var targetLang = new Option<string?>("--target-lang") { Description = "Target language where the input does not give one (default en)." };
        var command = new Command("segment", "Show how tqa splits a text: sentences, tokens, POS tags, shapes and languages.") { path, config, format, sourceLang, targetLang };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var fmt = (parse.GetValue(format) ?? "text").ToLowerInvariant();
            if (fmt is not ("text" or "json"))
            {
                throw new UsageException($"unknown format '{fmt}' for segment; expected text or json");
            }

            var file = parse.GetValue(path)!;
            if (!File.Exists(file))
            {
                throw new UsageException($"input not found: {file}");
            }

            var loaded = new ConfigLoader().Load(parse.GetValue(config));
            var (source, target) = new LanguageDefaults(CommonOptions.Language(parse.GetValue(sourceLang), "--source-lang"), CommonOptions.Language(parse.GetValue(targetLang), "--target-lang")).Resolve(file);
            var reader = new InputReader(new LanguageDefaults(source ?? "und", target ?? "en"));
            await foreach (var item in reader.ReadAsync([file], ct).ConfigureAwait(false))
            {
                switch (item)
                {
                    case ArticleItem { Article: var article }:
                        var work = Composition.Builder(loaded).UseStages("normalise", "segment", "align").Build().Analyze(article, ct);
                        if (fmt == "json")
                        {
                            await output.WriteLineAsync(ToJson(work.Analysis!, work.Bilingual, work.Diagnostics)).ConfigureAwait(false);
                        }
                        else
                        {
                            WriteText(output, work.Analysis!, work.Bilingual, work.Diagnostics);
                        }

                        return ExitCodes.Ok;
                    case IngestFailure failure:
                        await error.WriteLineAsync($"tqa: {failure.Path}: {failure.Message}").ConfigureAwait(false);
                        return ExitCodes.ArticleErrors;
                }
            }

            await error.WriteLineAsync($"tqa: {file}: no article in this file").ConfigureAwait(false);
            return ExitCodes.ArticleErrors;
        });
        return command;
    }

    /// <summary>
    /// <c>{"sentences": [{"start", "end", "text", "language", "confidence", "tokens": [{"start", "end", "text", "pos", "shape"}]}]}</c>;
    /// offsets are UTF-16 offsets into the article text as read; "pos" is null without a tagger. A bilingual
    /// article adds to each sentence <c>"source": {"start", "end", "text", "link", "lowConfidence"}</c> (offsets
    /// into the source text; null for a sentence with no source), and <c>"sourceOnly"</c> (source sentences with no
    /// translation) and <c>"diagnostics"</c> at the top.
    /// </summary>
    public static string ToJson(AnalyzedText analysis, BilingualText? bilingual = null, IReadOnlyList<Documents.Diagnostic>? diagnostics = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var text = analysis.Article.Text;
            json.WriteStartObject();
            json.WriteStartArray("sentences");
            for (var s = 0; s < analysis.Sentences.Length; s++)
            {
                var sentence = analysis.Sentences[s];
                var language = analysis.LanguageOf(s);
                json.WriteStartObject();
                json.WriteNumber("start", sentence.Start);
                json.WriteNumber("end", sentence.End);
                json.WriteString("text", text.AsSpan(sentence.Start, sentence.End - sentence.Start));
                json.WriteString("language", language.Language);
                json.WriteNumber("confidence", Math.Round(language.Confidence, 4));
                if (WordOrderOf(analysis, s) is { } wordOrder)
                {
                    json.WriteNumber("wordOrder", Math.Round(wordOrder.Score, 3));
                }
                else
                {
                    json.WriteNull("wordOrder");
                }

                if (bilingual is not null)
                {
                    var link = bilingual.LinkOf(s) is var k and >= 0 ? bilingual.Links[k] : null;
                    if (link is null || bilingual.SourceRange(link) is not { } range)
                    {
                        json.WriteNull("source");
                    }
                    else
                    {
                        json.WriteStartObject("source");
                        json.WriteNumber("start", range.Start);
                        json.WriteNumber("end", range.End);
                        json.WriteString("text", bilingual.Source.AsSpan(range.Start, range.Length));
                        json.WriteString("link", link.Shape);
                        json.WriteBoolean("lowConfidence", link.LowConfidence);
                        json.WriteEndObject();
                    }
                }

                json.WriteStartArray("tokens");
                for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    var token = analysis.Tokens[t];
                    json.WriteStartObject();
                    json.WriteNumber("start", token.Start);
                    json.WriteNumber("end", token.End);
                    json.WriteString("text", text.AsSpan(token.Start, token.Length));
                    if (analysis.HasTagger)
                    {
                        json.WriteString("pos", analysis.TagOf(t).ToString());
                    }
                    else
                    {
                        json.WriteNull("pos");
                    }

                    json.WriteString("shape", ShapeName(token.Shape));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (bilingual is not null)
            {
                json.WriteStartArray("sourceOnly");
                foreach (var link in bilingual.Links.Where(l => l.Target.Count == 0))
                {
                    foreach (var span in link.Source)
                    {
                        json.WriteStartObject();
                        json.WriteNumber("start", span.Start);
                        json.WriteNumber("end", span.End);
                        json.WriteString("text", bilingual.Source.AsSpan(span.Start, span.Length));
                        json.WriteEndObject();
                    }
                }

                json.WriteEndArray();
            }

            if (diagnostics is { Count: > 0 })
            {
                json.WriteStartArray("diagnostics");
                foreach (var d in diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("code", d.Code);
                    json.WriteString("message", d.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// A sentence's word-order score (its worst window's mean improbability, in nats per token) and
    /// the stretches the default scorer finds; null without a tagger.
    /// </summary>
    private static (double Score, List<WordOrderIssue> Issues)? WordOrderOf(AnalyzedText analysis, int s)
    {
        if (!analysis.HasTagger)
        {
            return null;
        }

        var sentence = analysis.Sentences[s];
        var text = analysis.Text;
        var tokens = analysis.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
        var tags = analysis.TagsOf(s);
        var barrier = new bool[tokens.Length];
        WordOrderScorer.MarkBarriers(text, tokens, tags, barrier);
        for (var i = 0; i < tokens.Length; i++)
        {
            barrier[i] |= tokens[i].Kind != TokenKind.Word;
        }

        var issues = new List<WordOrderIssue>();
        var score = DefaultScorer.Value.Analyze(text, tokens, tags, barrier, issues);
        return (score, issues);
    }

    private static readonly Lazy<WordOrderScorer> DefaultScorer = new(() => new WordOrderScorer(WordOrderModel.Default, new WordOrderScoringOptions()));

    /// <summary>The shape names token-pattern rules use: lower, capitalised, allcaps, ...</summary>
    public static string ShapeName(TokenShape shape) => shape.ToString().ToLowerInvariant();

    private static void WriteText(TextWriter output, AnalyzedText analysis, BilingualText? bilingual, IReadOnlyList<Documents.Diagnostic> diagnostics)
    {
        var text = analysis.Article.Text;
        var article = analysis.Article;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{article.Path}: {article.SourceLanguage} → {article.TargetLanguage}, {analysis.Sentences.Length} sentences, {analysis.Tokens.Length} tokens{(analysis.HasTagger ? string.Empty : " (no POS tagger)")}"));
        foreach (var d in diagnostics)
        {
            output.WriteLine($"! {d.Code} ({d.Stage}): {d.Message}");
        }

        var shownLinks = new HashSet<int>();
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var sentence = analysis.Sentences[s];
            var language = analysis.LanguageOf(s);
            output.WriteLine();
            var wordOrder = WordOrderOf(analysis, s);
            var score = wordOrder is { } w ? string.Create(CultureInfo.InvariantCulture, $"  word order {w.Score:0.00}") : string.Empty;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{s + 1}] {sentence.Start}-{sentence.End}  {language.Language} {language.Confidence:0.00}{score}"));
            output.WriteLine("    " + OneLine(text.AsSpan(sentence.Start, sentence.End - sentence.Start)));
            foreach (var issue in wordOrder?.Issues ?? [])
            {
                var from = analysis.Tokens[sentence.FirstToken + issue.Start].Start;
                var to = analysis.Tokens[sentence.FirstToken + issue.End - 1].End;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    improbable order: \"{OneLine(text.AsSpan(from, to - from))}\" ({(issue.HasMove ? "move gains" : "stretch")} {issue.Score:0.0})"));
            }

            if (bilingual is not null)
            {
                WriteSource(output, bilingual, s, shownLinks);
            }

            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var token = analysis.Tokens[t];
                var pos = analysis.HasTagger ? analysis.TagOf(t).ToString() : "-";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {token.Start,6}-{token.End,-6} {OneLine(text.AsSpan(token.Start, token.Length)),-24} {pos,-6} {ShapeName(token.Shape)}"));
            }
        }
    }

    /// <summary>
    /// The source aligned to a sentence ("src 1–1"), once per link ("(same link)" for the second sentence of a
    /// 1–2), preceded by any source sentences with no translation that come before it.
    /// </summary>
    private static void WriteSource(TextWriter output, BilingualText bilingual, int sentence, HashSet<int> shownLinks)
    {
        var k = bilingual.LinkOf(sentence);
        for (var j = 0; j < k; j++)
        {
            if (bilingual.Links[j].Target.Count == 0 && shownLinks.Add(j))
            {
                foreach (var span in bilingual.Links[j].Source)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    src 1–0 {span.Start}-{span.End}  (no translation) {OneLine(bilingual.Source.AsSpan(span.Start, span.Length))}"));
                }
            }
        }

        if (k < 0)
        {
            output.WriteLine("    src -  (no source)");
            return;
        }

        var link = bilingual.Links[k];
        var low = link.LowConfidence ? " (low confidence)" : string.Empty;
        if (!shownLinks.Add(k))
        {
            output.WriteLine($"    src {link.Shape} (same link as the sentence before){low}");
        }
        else if (bilingual.SourceRange(link) is { } range)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    src {link.Shape} {range.Start}-{range.End}{low}  {OneLine(bilingual.Source.AsSpan(range.Start, range.Length))}"));
        }
        else
        {
            output.WriteLine($"    src {link.Shape}  (no source: the sentence has no counterpart){low}");
        }
    }

    /// <summary>Line breaks and tabs shown as escapes, so every sentence stays on one line.</summary>
    private static string OneLine(ReadOnlySpan<char> span) =>
        span.ToString().Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
