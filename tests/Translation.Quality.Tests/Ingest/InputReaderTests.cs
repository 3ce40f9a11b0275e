using System.Text;
using Translation.Quality.Ingest;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Ingest;

public sealed class InputReaderTests
{
    private static async Task<List<IngestItem>> ReadAll(string path, string? source = null, string? target = null)
    {
        var list = new List<IngestItem>();
        await foreach (var item in new InputReader(new LanguageDefaults(source, target)).ReadAsync([path]))
        {
            list.Add(item);
        }

        return list;
    }

    [Fact]
    public async Task Txt_WithBomIsReadWithoutItAndThePairComesFromTheFolder()
    {
        using var dir = new TempDir();
        dir.Bytes("feed/fr-en/story.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Hello there.")]);

        var item = Assert.IsType<ArticleItem>(Assert.Single(await ReadAll(dir.Path)));

        Assert.Equal("Hello there.", item.Article.Text);
        Assert.Equal("story", item.Article.Id);
        Assert.Equal("fr-en", item.Article.Pair);
    }

    [Fact]
    public async Task Txt_Utf16WithBomIsDecodedAndInvalidUtf8IsAFailureNamingTheFile()
    {
        using var dir = new TempDir();
        dir.Bytes("a.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Größe.")]);
        var bad = dir.Bytes("b.txt", [0x48, 0x69, 0xC3, 0x28]);

        var items = await ReadAll(dir.Path, "de", "en");

        Assert.Equal("Größe.", Assert.IsType<ArticleItem>(items[0]).Article.Text);
        var failure = Assert.IsType<IngestFailure>(items[1]);
        Assert.Equal(bad, failure.Path);
        Assert.Contains("not valid UTF-8", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Txt_WithoutAPairIsAFailureNotACrash()
    {
        using var dir = new TempDir();
        dir.File("x.txt", "Text.");

        var failure = Assert.IsType<IngestFailure>(Assert.Single(await ReadAll(dir.Path)));
        Assert.Contains("--source-lang", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jsonl_ReadsArticlesAndReportsBadLinesByNumberWhileReadingOn()
    {
        using var dir = new TempDir();
        var file = dir.File("feed.jsonl", """
            {"id": "a", "sourceLanguage": "fr", "targetLanguage": "en", "text": "One.", "sourceText": "Un.", "feed": "afp", "published": "2024-03-20T10:15:00Z"}
            {"id": "b", "text": 
            {"id": "c", "sourceLanguage": "es", "targetLanguage": "en"}

            {"id": "d", "sourceLanguage": "de", "targetLanguage": "en", "text": "Four."}
            """);

        var items = await ReadAll(file);

        Assert.Equal(4, items.Count);
        var a = Assert.IsType<ArticleItem>(items[0]).Article;
        Assert.Equal(("a", "One.", "Un.", "afp"), (a.Id, a.Text, a.SourceText, a.Feed));
        Assert.Equal(new DateTimeOffset(2024, 3, 20, 10, 15, 0, TimeSpan.Zero), a.Published);
        Assert.Equal($"{file}:2", Assert.IsType<IngestFailure>(items[1]).Id);
        Assert.Contains("missing \"text\"", Assert.IsType<IngestFailure>(items[2]).Message, StringComparison.Ordinal);
        Assert.Equal("d", Assert.IsType<ArticleItem>(items[3]).Article.Id);
        Assert.Equal([0L, 1, 2, 3], items.Select(i => i.Sequence));
    }

    [Fact]
    public async Task Xliff12_GivesOneBilingualArticlePerFileWithAlignedUnits()
    {
        using var dir = new TempDir();
        var file = dir.File("feed.xlf", """
            <?xml version="1.0" encoding="utf-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file source-language="fr-FR" target-language="en" original="story-1" datatype="plaintext">
                <body>
                  <trans-unit id="1"><source>Bonjour &amp; merci.</source><target>Hello &amp; thanks.</target></trans-unit>
                  <trans-unit id="2"><source>Au revoir.</source><target>Goodbye.</target></trans-unit>
                </body>
              </file>
              <file source-language="fr" target-language="en" original="story-2" datatype="plaintext">
                <body><trans-unit id="1"><source>Oui.</source><target>Yes.</target></trans-unit></body>
              </file>
            </xliff>
            """);

        var items = await ReadAll(file);

        Assert.Equal(2, items.Count);
        var a = Assert.IsType<ArticleItem>(items[0]).Article;
        Assert.Equal("story-1", a.Id);
        Assert.Equal("fr-en", a.Pair);
        Assert.Equal("Hello & thanks.\n\nGoodbye.", a.Text);
        Assert.Equal("Bonjour & merci.\n\nAu revoir.", a.SourceText);
        Assert.Equal("Goodbye.", a.Text[a.Alignment[1].TargetStart..a.Alignment[1].TargetEnd]);
        Assert.Equal("Au revoir.", a.Alignment[1].Source);
    }

    [Fact]
    public async Task Xliff20_IsRead()
    {
        using var dir = new TempDir();
        var file = dir.File("feed.xlf", """
            <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="de" trgLang="en">
              <file id="bericht">
                <unit id="u1"><segment><source>Guten Tag.</source><target>Good day.</target></segment></unit>
              </file>
            </xliff>
            """);

        var a = Assert.IsType<ArticleItem>(Assert.Single(await ReadAll(file))).Article;

        Assert.Equal(("bericht", "de-en", "Good day."), (a.Id, a.Pair, a.Text));
    }

    [Fact]
    public async Task Xliff_WithADoctypeOrExternalEntityIsRefusedWithoutReadingIt()
    {
        using var dir = new TempDir();
        var secret = dir.File("secret.txt", "TOP SECRET");
        var file = dir.File("evil.xlf", $"""
            <?xml version="1.0"?>
            <!DOCTYPE xliff [ <!ENTITY leak SYSTEM "file://{secret}"> ]>
            <xliff version="1.2"><file source-language="fr" target-language="en" original="x"><body>
            <trans-unit id="1"><source>a</source><target>&leak;</target></trans-unit></body></file></xliff>
            """);

        var failure = Assert.IsType<IngestFailure>(Assert.Single(await ReadAll(file)));

        Assert.Contains("DTD", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("TOP SECRET", failure.Message, StringComparison.Ordinal);
    }
}
