using System.Diagnostics;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Hostile;

/// <summary>
/// Feed folders with links that loop, links to nothing and pipes: each odd entry is a failure naming
/// it (or is left alone, when it is no file), every real article is checked once, and the run ends.
/// </summary>
public sealed class FeedFolderHostileTests
{
    [Fact]
    public async Task LoopingLinksDanglingLinksAndPipes_NeitherHangNorRepeatNorCrashTheRun()
    {
        using var dir = new TempDir();
        var feed = Path.Combine(dir.Path, "in");
        var story = dir.File("in/fr-en/story.txt", HostileCopy.Garbled);
        dir.File("in/de-en/bericht.txt", HostileCopy.Garbled);

        // Two links back up the tree: followed blindly, 2^40 paths to every article.
        File.CreateSymbolicLink(Path.Combine(feed, "fr-en", "up"), feed);
        File.CreateSymbolicLink(Path.Combine(feed, "de-en", "up"), feed);
        Directory.CreateSymbolicLink(Path.Combine(feed, "fr-en", "linked"), Path.Combine(feed, "de-en"));
        File.CreateSymbolicLink(Path.Combine(feed, "fr-en", "gone.txt"), Path.Combine(feed, "nowhere.txt"));
        File.CreateSymbolicLink(Path.Combine(feed, "fr-en", "one.jsonl"), Path.Combine(feed, "two.jsonl"));
        File.CreateSymbolicLink(Path.Combine(feed, "two.jsonl"), Path.Combine(feed, "fr-en", "one.jsonl"));
        var pipe = Path.Combine(feed, "fr-en", "pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", pipe))
        {
            await mkfifo.WaitForExitAsync();
        }

        // Opening the pipe would wait for ever: fail the test, not the suite, if it ever does again.
        var run = await HostileRun.CheckAsync(Path.Combine(dir.Path, "out"), [feed]).WaitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(3, run.Exit);
        var checkedPaths = run.Articles.Where(a => HostileRun.Status(a) == "checked").Select(a => a.GetProperty("path").GetString()!).ToList();
        Assert.Equal(2, checkedPaths.Count);
        Assert.Contains(story, checkedPaths);
        Assert.Single(checkedPaths, p => p.EndsWith("bericht.txt", StringComparison.Ordinal));
        Assert.All(run.Articles.Where(a => HostileRun.Status(a) == "checked"), a => Assert.NotEmpty(HostileRun.Findings(a)));
        EncodingHostileTests.AssertError(run, "gone.txt", "cannot be read");
        EncodingHostileTests.AssertError(run, "pipe.txt", "0 bytes");
        EncodingHostileTests.AssertError(run, "one.jsonl", "cannot be read");
        EncodingHostileTests.AssertError(run, "two.jsonl", "cannot be read");
        run.AssertComplete(6);
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(30), $"took {run.Elapsed}");
    }
}
