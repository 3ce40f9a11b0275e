using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Translation.Quality.Config;
using Translation.Quality.Ingest;
using Translation.Quality.Text;

namespace Translation.Quality.Cli.Commands;

/// <summary>
/// <c>tqa segment PATH</c>: how tqa sees a text — sentences with offsets, tokens with POS tags and
/// shapes, each sentence's language and confidence. Runs the same normalise and segment stages as
/// <c>tqa check</c>, on one .txt file or the first article of a .jsonl or .xliff file.
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
            var (source, target) = new LanguageDefaults(parse.GetValue(sourceLang)?.ToLowerInvariant(), parse.GetValue(targetLang)?.ToLowerInvariant()).Resolve(file);
            var reader = new InputReader(new LanguageDefaults(source ?? "und", target ?? "en"));
            await foreach (var item in reader.ReadAsync([file], ct).ConfigureAwait(false))
            {
                switch (item)
                {
                    case ArticleItem { Article: var article }:
                        var work = Composition.Builder(loaded).UseStages("normalise", "segment").Build().Analyze(article, ct);
                        if (fmt == "json")
                        {
                            await output.WriteLineAsync(ToJson(work.Analysis!)).ConfigureAwait(false);
                        }
                        else
                        {
                            WriteText(output, work.Analysis!);
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
    /// offsets are UTF-16 offsets into the article text as read; "pos" is null without a tagger.
    /// </summary>
    public static string ToJson(AnalyzedText analysis)
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
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The shape names token-pattern rules use: lower, capitalised, allcaps, ...</summary>
    public static string ShapeName(TokenShape shape) => shape.ToString().ToLowerInvariant();

    private static void WriteText(TextWriter output, AnalyzedText analysis)
    {
        var text = analysis.Article.Text;
        var article = analysis.Article;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{article.Path}: {article.SourceLanguage} → {article.TargetLanguage}, {analysis.Sentences.Length} sentences, {analysis.Tokens.Length} tokens{(analysis.HasTagger ? string.Empty : " (no POS tagger)")}"));
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var sentence = analysis.Sentences[s];
            var language = analysis.LanguageOf(s);
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{s + 1}] {sentence.Start}-{sentence.End}  {language.Language} {language.Confidence:0.00}"));
            output.WriteLine("    " + OneLine(text.AsSpan(sentence.Start, sentence.End - sentence.Start)));
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var token = analysis.Tokens[t];
                var pos = analysis.HasTagger ? analysis.TagOf(t).ToString() : "-";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {token.Start,6}-{token.End,-6} {OneLine(text.AsSpan(token.Start, token.Length)),-24} {pos,-6} {ShapeName(token.Shape)}"));
            }
        }
    }

    /// <summary>Line breaks and tabs shown as escapes, so every sentence stays on one line.</summary>
    private static string OneLine(ReadOnlySpan<char> span) =>
        span.ToString().Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
