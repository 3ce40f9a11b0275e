using System.Text;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Hostile;

/// <summary>
/// Files that are not clean UTF-8 text, mixed with good ones in one run: each bad one is an error
/// naming its file (or line) and saying why, and every good one is still checked.
/// </summary>
public sealed class EncodingHostileTests
{
    [Fact]
    public async Task BadEncodingsEmptyAndBinaryFiles_EachGetTheirOwnDiagnosticAndTheRestIsChecked()
    {
        using var dir = new TempDir();
        var nulText = "The the talks\0 lasted 2,5 hours.\0 Officials said on 21/06/2024 that they ended.";
        dir.File("in/fr-en/a-good.txt", HostileCopy.Garbled);
        dir.Bytes("in/fr-en/b-invalid-utf8.txt", [.. "The talks "u8, 0xC3, 0x28, .. " lasted."u8]);
        dir.Bytes("in/fr-en/c-utf16le.txt", HostileCopy.Utf16(HostileCopy.Garbled, bigEndian: false));
        dir.Bytes("in/fr-en/d-utf16be.txt", HostileCopy.Utf16(HostileCopy.Garbled, bigEndian: true));
        dir.Bytes("in/fr-en/e-nul.txt", Encoding.UTF8.GetBytes(nulText));
        dir.Bytes("in/fr-en/f-empty.txt", []);
        dir.File("in/fr-en/g-blank.txt", "  \n\n\t ");
        dir.Bytes("in/fr-en/h-image.txt", HostileCopy.Binary());
        dir.Bytes("in/fr-en/i-image.jsonl", HostileCopy.Binary(64 * 1024));
        dir.Bytes("in/fr-en/j-empty.jsonl", []);
        dir.Bytes("in/fr-en/k-utf16-no-bom.txt", Encoding.Unicode.GetBytes(HostileCopy.Clean));

        var run = await HostileRun.CheckAsync(Path.Combine(dir.Path, "out"), [Path.Combine(dir.Path, "in")]);

        Assert.Equal(3, run.Exit);
        run.AssertComplete(11);
        AssertError(run, "b-invalid-utf8.txt", "not valid UTF-8");
        AssertError(run, "f-empty.txt", "empty");
        AssertError(run, "g-blank.txt", "empty");
        AssertError(run, "h-image.txt", "binary");
        AssertError(run, "i-image.jsonl", "binary");
        AssertError(run, "j-empty.jsonl", "no articles");
        AssertError(run, "k-utf16-no-bom.txt", "byte-order mark");

        var good = run.Article("a-good.txt");
        Assert.Equal("checked", HostileRun.Status(good));
        var expected = HostileRun.Findings(good).Select(f => (f.GetProperty("rule").GetString(), f.GetProperty("start").GetInt32(), f.GetProperty("text").GetString())).ToList();
        Assert.NotEmpty(expected);
        foreach (var utf16 in new[] { "c-utf16le.txt", "d-utf16be.txt" })
        {
            var a = run.Article(utf16);
            Assert.Equal("checked", HostileRun.Status(a));
            Assert.Equal(expected, HostileRun.Findings(a).Select(f => (f.GetProperty("rule").GetString(), f.GetProperty("start").GetInt32(), f.GetProperty("text").GetString())));
        }

        // NULs inside the copy: checked, a warning says where, and offsets still quote the text as read (NULs included).
        var nul = run.Article("e-nul.txt");
        Assert.Equal("checked", HostileRun.Status(nul));
        Assert.Contains(HostileRun.Diagnostics(nul), d => d.Code == "TQ201" && d.Message.Contains("offset 13", StringComparison.Ordinal));
        var nulFindings = HostileRun.Findings(nul).ToList();
        Assert.Contains(nulFindings, f => f.GetProperty("text").GetString() == "The the");
        Assert.Contains(nulFindings, f => f.GetProperty("text").GetString() == "2,5");
        HostileRun.AssertOffsetsExact(nul, nulText);
    }

    [Fact]
    public async Task JsonlLinesWithBadBytesNulsAndLoneSurrogates_FailOneByOneAndTheGoodLinesAreChecked()
    {
        using var dir = new TempDir();
        var good = HostileCopy.JsonlLine("first", HostileCopy.Garbled);
        var last = HostileCopy.JsonlLine("last", HostileCopy.Garbled);
        List<byte[]> lines =
        [
            Encoding.UTF8.GetBytes(good),
            [.. Encoding.UTF8.GetBytes("{\"id\": \"badbytes\", \"sourceLanguage\": \"fr\", \"targetLanguage\": \"en\", \"text\": \"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\"}")],
            [.. Encoding.UTF8.GetBytes("{\"id\": \"rawnul\", \"sourceLanguage\": \"fr\", \"targetLanguage\": \"en\", \"text\": \"a"), 0x00, .. Encoding.UTF8.GetBytes("b\"}")],
            Encoding.UTF8.GetBytes("{\"id\": \"surrogate\", \"sourceLanguage\": \"fr\", \"targetLanguage\": \"en\", \"text\": \"half \\ud800 a pair\"}"),
            Encoding.UTF8.GetBytes("{\"id\": \"emptytext\", \"sourceLanguage\": \"fr\", \"targetLanguage\": \"en\", \"text\": \"\"}"),
            Encoding.UTF8.GetBytes("[1, 2, 3]"),
            Encoding.UTF8.GetBytes(last),
        ];
        var file = dir.Bytes("in/feed.jsonl", [.. lines.SelectMany(l => l.Concat("\n"u8.ToArray()))]);

        var run = await HostileRun.CheckAsync(Path.Combine(dir.Path, "out"), [file]);

        Assert.Equal(3, run.Exit);
        run.AssertComplete(7);
        Assert.Equal("checked", HostileRun.Status(run.Article("first")));
        Assert.Equal("checked", HostileRun.Status(run.Article("last")));
        Assert.NotEmpty(HostileRun.Findings(run.Article("last")));
        AssertError(run, "feed.jsonl:2", "not valid UTF-8");
        AssertError(run, "feed.jsonl:3", "not valid JSON");
        AssertError(run, "feed.jsonl:4", "\"text\"");
        AssertError(run, "feed.jsonl:5", "empty");
        AssertError(run, "feed.jsonl:6", "not a JSON object");
    }

    /// <summary>The article from <paramref name="file"/> is an error whose diagnostic says <paramref name="why"/>.</summary>
    internal static void AssertError(HostileRun run, string file, string why)
    {
        var article = run.Article(file);
        Assert.Equal("error", HostileRun.Status(article));
        Assert.EndsWith(file, article.GetProperty("path").GetString(), StringComparison.Ordinal);
        var diagnostic = Assert.Single(HostileRun.Diagnostics(article));
        Assert.Contains(why, diagnostic.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(HostileRun.Findings(article));
    }
}
