using System.Net;
using System.Net.Sockets;
using System.Text;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Hostile;

/// <summary>
/// XLIFF that tries to make the reader fetch files or URLs, or expand entities without end: refused
/// per file, nothing read, nothing fetched, and the good feeds beside it checked.
/// </summary>
public sealed class XliffHostileTests
{
    private const string Good = """
        <xliff version="1.2"><file source-language="fr" target-language="en" original="good-story"><body>
        <trans-unit id="1"><source>Le numéro un cubain.</source><target>The the Cuban number one arrived on 21/06/2024.</target></trans-unit>
        </body></file></xliff>
        """;

    [Fact]
    public async Task ExternalEntitiesAndEntityBombs_AreRefusedWithoutReadingOrFetchingAnything()
    {
        using var dir = new TempDir();
        var marker = "SECRET-" + Guid.NewGuid().ToString("N");
        var secret = dir.File("private/secret.txt", marker);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
            dir.File("in/a-good.xlf", Good);
            dir.File("in/b-file-entity.xlf", Unit($"""<!DOCTYPE xliff [ <!ENTITY leak SYSTEM "file://{secret}"> ]>""", "&leak;"));
            dir.File("in/c-url-entity.xlf", Unit($"""<!DOCTYPE xliff [ <!ENTITY leak SYSTEM "{url}/leak"> ]>""", "&leak;"));
            dir.File("in/d-parameter-entity.xlf", Unit($"""<!DOCTYPE xliff [ <!ENTITY % remote SYSTEM "{url}/evil.dtd"> %remote; ]>""", "text"));
            dir.File("in/e-external-dtd.xlf", Unit($"""<!DOCTYPE xliff SYSTEM "{url}/xliff.dtd">""", "text"));
            dir.File("in/f-billion-laughs.xlf", Unit(BillionLaughs(), "&lol9;"));
            dir.File("in/g-good.txt", HostileCopy.Garbled);

            var run = await HostileRun.CheckAsync(Path.Combine(dir.Path, "out"), [Path.Combine(dir.Path, "in")], "--source-lang", "fr", "--target-lang", "en");

            Assert.Equal(3, run.Exit);
            run.AssertComplete(7);
            foreach (var evil in new[] { "b-file-entity.xlf", "c-url-entity.xlf", "d-parameter-entity.xlf", "e-external-dtd.xlf", "f-billion-laughs.xlf" })
            {
                EncodingHostileTests.AssertError(run, evil, "DTD");
            }

            Assert.NotEmpty(HostileRun.Findings(run.Article("good-story")));
            Assert.NotEmpty(HostileRun.Findings(run.Article("g-good.txt")));

            // Nothing was fetched, and the file's content is nowhere: not in any report, not on the console.
            Assert.False(listener.Pending(), "the reader connected to the URL an entity named");
            foreach (var report in Directory.GetFiles(run.OutDir, "*", SearchOption.AllDirectories))
            {
                Assert.DoesNotContain(marker, File.ReadAllText(report), StringComparison.Ordinal);
            }

            Assert.DoesNotContain(marker, run.Out + run.Err, StringComparison.Ordinal);

            // Refusing the bomb is instant; expanding it would take gigabytes.
            Assert.True(run.Elapsed < TimeSpan.FromSeconds(20), $"took {run.Elapsed}");
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task XliffThatIsNotXliff_EachFileIsItsOwnError()
    {
        using var dir = new TempDir();
        dir.File("in/a-good.xlf", Good);
        dir.Bytes("in/b-empty.xlf", []);
        dir.File("in/c-truncated.xlf", Good[..(Good.Length / 2)]);
        dir.File("in/d-no-files.xlf", """<xliff version="1.2"></xliff>""");
        dir.File("in/e-untranslated.xlf", """
            <xliff version="1.2"><file source-language="fr" target-language="en" original="untranslated"><body>
            <trans-unit id="1"><source>Bonjour.</source></trans-unit><trans-unit id="2"><source>Merci.</source><target/></trans-unit>
            </body></file></xliff>
            """);
        dir.Bytes("in/f-binary.xlf", HostileCopy.Binary());
        dir.File("in/g-char-ref.xlf", Unit(string.Empty, "half &#xD800; a pair"));

        var run = await HostileRun.CheckAsync(Path.Combine(dir.Path, "out"), [Path.Combine(dir.Path, "in")]);

        Assert.Equal(3, run.Exit);
        run.AssertComplete(7);
        Assert.NotEmpty(HostileRun.Findings(run.Article("good-story")));
        EncodingHostileTests.AssertError(run, "b-empty.xlf", "empty");
        EncodingHostileTests.AssertError(run, "c-truncated.xlf", "not valid XLIFF");
        EncodingHostileTests.AssertError(run, "d-no-files.xlf", "no <file>");
        EncodingHostileTests.AssertError(run, "e-untranslated.xlf#untranslated", "empty");
        EncodingHostileTests.AssertError(run, "f-binary.xlf", "not valid XLIFF");
        EncodingHostileTests.AssertError(run, "g-char-ref.xlf", "not valid XLIFF");
    }

    [Fact]
    public async Task MinifiedXliffWithNothingBetweenFiles_GivesEveryArticle()
    {
        using var dir = new TempDir();
        var units = Enumerable.Range(1, 5).Select(i =>
            $"""<file source-language="fr" target-language="en" original="story-{i}"><body><trans-unit id="1"><source>Un.</source><target>The the story {i}.</target></trans-unit></body></file>""");
        dir.File("in/minified.xlf", $"""<xliff version="1.2">{string.Concat(units)}</xliff>""");

        var run = await HostileRun.CheckAsync(Path.Combine(dir.Path, "out"), [Path.Combine(dir.Path, "in")]);

        // The reader once stepped over every <file> that followed another with no whitespace between.
        run.AssertComplete(5);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"story-{i}"), run.Articles.Select(a => a.GetProperty("id").GetString()));
        Assert.All(run.Articles, a => Assert.NotEmpty(HostileRun.Findings(a)));
    }

    /// <summary>An XLIFF 1.2 file with <paramref name="prolog"/> before the root and one unit whose target is <paramref name="target"/>.</summary>
    private static string Unit(string prolog, string target) => $"""
        <?xml version="1.0"?>
        {prolog}
        <xliff version="1.2"><file source-language="fr" target-language="en" original="x"><body>
        <trans-unit id="1"><source>a</source><target>{target}</target></trans-unit></body></file></xliff>
        """;

    /// <summary>Ten entities, each ten of the one before: a billion "lol"s from a few hundred bytes.</summary>
    private static string BillionLaughs()
    {
        var dtd = new StringBuilder("<!DOCTYPE xliff [ <!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            dtd.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        return dtd.Append(" ]>").ToString();
    }
}
