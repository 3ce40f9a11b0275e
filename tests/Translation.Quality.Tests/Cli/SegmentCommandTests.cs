using System.Text.Json;
using Translation.Quality.Cli;
using Translation.Quality.Text;

namespace Translation.Quality.Tests.Cli;

public sealed class SegmentCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tqa-segment-" + Guid.NewGuid().ToString("N"));

    public SegmentCommandTests()
    {
        Directory.CreateDirectory(_dir);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Json_has_sentences_with_offsets_languages_and_tokens()
    {
        const string text = "LYON (AFP) – The mayor said on Monday that the bridge would reopen in May.\nLe maire a refusé de commenter cette décision du conseil.";
        var file = Path.Combine(_dir, "a.txt");
        await File.WriteAllTextAsync(file, text);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["segment", file, "--format", "json", "--source-lang", "fr", "--target-lang", "en"], stdout, stderr);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr.ToString());
        using var doc = JsonDocument.Parse(stdout.ToString());
        var root = doc.RootElement;
        Assert.Equal(["sentences"], root.EnumerateObject().Select(p => p.Name));
        var sentences = root.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Equal(3, sentences.Count);
        foreach (var s in sentences)
        {
            Assert.Equal(["start", "end", "text", "language", "confidence", "wordOrder", "tokens"], s.EnumerateObject().Select(p => p.Name));
            var start = s.GetProperty("start").GetInt32();
            var end = s.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], s.GetProperty("text").GetString());
            foreach (var t in s.GetProperty("tokens").EnumerateArray())
            {
                Assert.Equal(["start", "end", "text", "pos", "shape"], t.EnumerateObject().Select(p => p.Name));
                Assert.Equal(text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()], t.GetProperty("text").GetString());
                var pos = t.GetProperty("pos");
                Assert.True(Enum.TryParse<PosTag>(pos.GetString(), out _), $"'{pos}' is not a UPOS tag");
            }
        }

        Assert.Equal("LYON (AFP) –", sentences[0].GetProperty("text").GetString());
        Assert.Equal("en", sentences[1].GetProperty("language").GetString());
        Assert.Equal("fr", sentences[2].GetProperty("language").GetString());
        Assert.InRange(sentences[2].GetProperty("confidence").GetDouble(), 0.5, 1.0);
        var firstToken = sentences[0].GetProperty("tokens")[0];
        Assert.Equal("LYON", firstToken.GetProperty("text").GetString());
        Assert.Equal("allcaps", firstToken.GetProperty("shape").GetString());
        var period = sentences[1].GetProperty("tokens").EnumerateArray().Last();
        Assert.Equal(".", period.GetProperty("text").GetString());
        Assert.Equal("PUNCT", period.GetProperty("pos").GetString());
    }

    [Fact]
    public async Task Text_output_lists_sentences_and_tokens()
    {
        var file = Path.Combine(_dir, "b.txt");
        await File.WriteAllTextAsync(file, "Mr. Hale left at 5 p.m. The talks ended.");
        var stdout = new StringWriter();

        var code = await CliApp.RunAsync(["segment", file, "--source-lang", "fr"], stdout, new StringWriter());

        Assert.Equal(0, code);
        var output = stdout.ToString();
        Assert.Contains("2 sentences", output, StringComparison.Ordinal);
        Assert.Contains("[1] 0-23", output, StringComparison.Ordinal);
        Assert.Contains("    Mr. Hale left at 5 p.m.", output, StringComparison.Ordinal);
        Assert.Contains("p.m.", output, StringComparison.Ordinal);
        Assert.Contains("capitalised", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_the_first_article_of_a_jsonl_file()
    {
        var file = Path.Combine(_dir, "feed.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            """{"id": "one", "sourceLanguage": "de", "targetLanguage": "en", "text": "Berlin (dpa) - The coalition met."}""",
            """{"id": "two", "sourceLanguage": "de", "targetLanguage": "en", "text": "Second article."}""",
        ]);
        var stdout = new StringWriter();

        var code = await CliApp.RunAsync(["segment", file, "--format", "json"], stdout, new StringWriter());

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout.ToString());
        Assert.Equal(["Berlin (dpa) -", "The coalition met."], doc.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task A_missing_file_or_bad_format_is_a_usage_error()
    {
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.UsageOrConfig, await CliApp.RunAsync(["segment", Path.Combine(_dir, "nope.txt")], new StringWriter(), stderr));
        Assert.Contains("input not found", stderr.ToString(), StringComparison.Ordinal);

        var file = Path.Combine(_dir, "c.txt");
        await File.WriteAllTextAsync(file, "Text.");
        Assert.Equal(ExitCodes.UsageOrConfig, await CliApp.RunAsync(["segment", file, "--format", "xml"], new StringWriter(), new StringWriter()));
    }
}
