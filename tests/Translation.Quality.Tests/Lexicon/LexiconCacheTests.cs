using Translation.Quality.Cli;
using Translation.Quality.Lexicon;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Lexicon;

public sealed class LexiconCacheTests
{
    private static readonly string[] Words = ["grève", "the", "ayuntamiento", "landtag", "minuit", "œuvre"];

    private static WordTable Sample() =>
        WordTable.Create([.. Words.Select((w, i) => new LexiconEntry(w, WordFlags.Lower | (i % 2 == 0 ? WordFlags.Dictionary : WordFlags.Stopword), (byte)i))]);

    [Fact]
    public void A_cached_table_reads_back_with_every_key_flag_and_band()
    {
        using var dir = new TempDir();
        var path = LexiconCache.PathFor(dir.Path, "xx", 42);
        var table = Sample();

        Assert.True(LexiconCache.TryWrite(path, 42, table));
        var read = LexiconCache.TryRead(path, 42);

        Assert.NotNull(read);
        Assert.Equal(table.Count, read.Count);
        foreach (var word in Words)
        {
            Assert.Equal(table.FlagsOf(word), read.FlagsOf(word));
            Assert.Equal(table.BandOf(word), read.BandOf(word));
        }

        Assert.False(read.Contains("greve"));
    }

    [Fact]
    public void A_cache_made_from_another_lexicon_is_not_used()
    {
        using var dir = new TempDir();
        var path = LexiconCache.PathFor(dir.Path, "xx", 42);
        LexiconCache.TryWrite(path, 42, Sample());

        Assert.Null(LexiconCache.TryRead(path, 43));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("longer")]
    [InlineData("slot out of range")]
    [InlineData("keys out of order")]
    public void A_damaged_cache_file_is_ignored(string damage)
    {
        using var dir = new TempDir();
        var path = LexiconCache.PathFor(dir.Path, "xx", 7);
        LexiconCache.TryWrite(path, 7, Sample());
        var bytes = File.ReadAllBytes(path);
        var table = Sample();
        var (chars, starts, _, _, slots) = table.Parts;
        var startsAt = 32 + (2 * chars.Length);
        var slotsAt = bytes.Length - (4 * slots.Length);
        bytes = damage switch
        {
            "truncated" => bytes[..^3],
            "longer" => [.. bytes, 0],
            // The first slot holding an entry now names one past the end.
            "slot out of range" => Poke(bytes, slotsAt + (4 * Array.FindIndex(slots, s => s >= 0)), table.Count),
            // The second key now starts after the third.
            _ => Poke(bytes, startsAt + 4, starts[3] + 1),
        };
        File.WriteAllBytes(path, bytes);

        Assert.Null(LexiconCache.TryRead(path, 7));
    }

    [Fact]
    public void Writing_a_languages_cache_removes_its_older_ones_only()
    {
        using var dir = new TempDir();
        LexiconCache.TryWrite(LexiconCache.PathFor(dir.Path, "xx", 1), 1, Sample());
        LexiconCache.TryWrite(LexiconCache.PathFor(dir.Path, "yy", 1), 1, Sample());

        LexiconCache.TryWrite(LexiconCache.PathFor(dir.Path, "xx", 2), 2, Sample());

        Assert.Equal(
            [Path.GetFileName(LexiconCache.PathFor(dir.Path, "xx", 2)), Path.GetFileName(LexiconCache.PathFor(dir.Path, "yy", 1))],
            Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_cache_that_cannot_be_written_fails_quietly()
    {
        using var dir = new TempDir();
        var blocker = dir.File("blocked", "a file where the cache directory should be");

        Assert.False(LexiconCache.TryWrite(LexiconCache.PathFor(blocker, "xx", 1), 1, Sample()));
        Assert.Null(LexiconCache.TryRead(LexiconCache.PathFor(blocker, "xx", 1), 1));
    }

    [Theory]
    [InlineData("/data/tqa-cache", "/x", "/home/u", "/data/tqa-cache")]
    [InlineData("off", "/x", "/home/u", null)]
    [InlineData(null, "/var/cache", "/home/u", "/var/cache/tqa")]
    [InlineData(null, "relative", "/home/u", "/home/u/.cache/tqa")]
    [InlineData(null, null, "/home/u", "/home/u/.cache/tqa")]
    [InlineData(null, null, null, null)]
    public void The_cache_directory_comes_from_the_environment(string? tqa, string? xdg, string? home, string? expected)
    {
        var variables = new Dictionary<string, string?> { [CacheLocation.Variable] = tqa, ["XDG_CACHE_HOME"] = xdg, ["HOME"] = home };

        Assert.Equal(expected, CacheLocation.Resolve(name => variables.GetValueOrDefault(name)));
    }

    private static byte[] Poke(byte[] bytes, int at, int value)
    {
        BitConverter.TryWriteBytes(bytes.AsSpan(at), value);
        return bytes;
    }
}
