using Translation.Quality.Config;

namespace Translation.Quality.Tests.Deploy;

public sealed class ShardBudgetTests
{
    [Fact]
    public void EachShardGetsItsShareOfTheResourcesRateAndRunBudget()
    {
        var options = new TranslatorOptions { CharactersPerMinute = 666_000, CharactersPerRun = 10_000_001 };

        var share = options.ShareFor(4);

        Assert.Equal(166_500, share.CharactersPerMinute);
        Assert.Equal(2_500_000, share.CharactersPerRun);
        Assert.Equal(options with { CharactersPerMinute = 166_500, CharactersPerRun = 2_500_000 }, share);
        Assert.Same(options, options.ShareFor(1));
        Assert.Equal(0, (options with { CharactersPerRun = 0 }).ShareFor(3).CharactersPerRun);
        Assert.Equal(TranslatorOptions.MinCharactersPerMinute, new TranslatorOptions { CharactersPerMinute = 100 }.ShareFor(50).CharactersPerMinute);
    }
}
