using System.Text.RegularExpressions;
using Translation.Quality.Rules.Kinds;

namespace Translation.Quality.Tests.Speed;

public sealed class RuleRegexTests
{
    private const string Pattern = @"\b(?<n>\d{1,3}),(?<d>\d)\s?(?:million|percent)\b";
    private const string Text = "Prices rose 3,2 percent; 2,5 million people and 14,7 million more, not 1,234.";

    [Fact]
    public void StaysInterpretedForAShortRun_ThenIsCompiledWithTheSameMatches()
    {
        var regex = new RuleRegex(new Regex(Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
        var interpreted = regex.Current.Matches(Text).Select(m => (m.Index, m.Length, m.Groups["d"].Value)).ToList();
        Assert.False(regex.IsCompiled);

        for (var i = 1; i < RuleRegex.CompileAfterUses; i++)
        {
            _ = regex.Current;
        }

        Assert.True(BackgroundRegexCompiler.WaitForIdle(TimeSpan.FromSeconds(30)));
        Assert.True(regex.IsCompiled);
        Assert.Equal(TimeSpan.FromSeconds(1), regex.Peek.MatchTimeout);
        Assert.Equal(RegexOptions.CultureInvariant | RegexOptions.Compiled, regex.Peek.Options);
        var compiled = regex.Current.Matches(Text).Select(m => (m.Index, m.Length, m.Groups["d"].Value)).ToList();
        Assert.Equal([(12, 11, "2"), (25, 11, "5"), (48, 12, "7")], compiled);
        Assert.Equal(interpreted, compiled);
    }
}
