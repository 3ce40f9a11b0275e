using System.Text;
using Translation.Quality.Tests.Support;
using Xunit.Abstractions;

namespace Translation.Quality.Tests.Hostile;

/// <summary>180,000 nested inline tags overflowed the stack and took the run down; now that file alone is an error article.</summary>
public sealed class XliffDepthTests(ITestOutputHelper output)
{
    private static string Nested(int depth, string original)
    {
        var xml = new StringBuilder($"""<xliff version="2.0" srcLang="fr" trgLang="en"><file id="f1" original="{original}"><unit id="1"><segment><source>Le conseil.</source><target>""");
        xml.Insert(xml.Length, "<pc id=\"p\">", depth);
        xml.Append("The council met on Tuesday.");
        xml.Insert(xml.Length, "</pc>", depth);
        return xml.Append("</target></segment></unit></file></xliff>").ToString();
    }

    [Fact]
    public async Task DeeplyNestedInlineTags_AreAnErrorArticle_AndTheGoodArticlesAreChecked()
    {
        using var dir = new TempDir();
        dir.File("in/a-deep.xlf", Nested(180_000, "deep-story"));
        dir.File("in/b-nested-ten.xlf", Nested(10, "ten-deep"));
        dir.File("in/c-feed.jsonl", NightlySetup.GeneratedFeed(500));

        var run = await HostileRun.CheckAsync(Path.Combine(dir.Path, "out"), [Path.Combine(dir.Path, "in")]);
        output.WriteLine($"run over the nested file and 501 good articles: {run.Elapsed.TotalSeconds:0.00} s");

        Assert.Equal(3, run.Exit);
        run.AssertComplete(502);
        EncodingHostileTests.AssertError(run, "a-deep.xlf", "nested more than 100 deep at line 1");
        Assert.Equal("checked", HostileRun.Status(run.Article("ten-deep")));
        Assert.Equal(500, run.Articles.Count(a => HostileRun.Status(a) == "checked" && a.GetProperty("id").GetString()!.StartsWith("story-", StringComparison.Ordinal)));
    }
}
