using Translation.Quality.Rules;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Rules;

public sealed class MessageTextTests
{
    [Theory]
    [InlineData("time-h", "The vote opens at 14h30 sharp.", "2:30 p.m.")]
    [InlineData("time-h", "The vote opens at 9h.", "9 a.m.")]
    [InlineData("time-uhr", "Es beginnt um 18.45 Uhr heute.", "6:45 p.m.")]
    public void LocaleFormat_MessageEndingInAnAbbreviation_HasOneFullStop(string check, string text, string fix)
    {
        var rule = PackBuilder.Rule("locale-format", $"""
                checks: [{check}]
            """);

        var f = Assert.Single(Analyze.Run(text, rule).Findings);
        Assert.EndsWith(fix, f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("..", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("English copy writes 2:30 p.m..", "English copy writes 2:30 p.m.")]
    [InlineData("Write 'p.m..' here.", "Write 'p.m.' here.")]
    [InlineData("It trails off...", "It trails off...")]
    [InlineData("A plain message.", "A plain message.")]
    public void Tidy_DropsTheSecondFullStop_KeepsAnEllipsis(string message, string expected) =>
        Assert.Equal(expected, MessageText.Tidy(message));
}
