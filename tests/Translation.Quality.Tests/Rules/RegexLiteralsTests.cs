using System.Text.RegularExpressions;
using Translation.Quality.Config;
using Translation.Quality.Rules.Kinds;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Rules;

public sealed class RegexLiteralsTests
{
    [Theory]
    [InlineData(@"\bselon\s+le\b", "selon")]
    [InlineData(@"\ba-t-(?:il|elle)\s+déclaré\b", "déclaré")]
    [InlineData(@"\b[Tt]he\s+past\s+(Monday|Tuesday)\b", "Monday|Tuesday")]
    [InlineData(@"(?<=\b(?:should|might)\s+)eventually\b", "eventually")]
    [InlineData(@"\bmonths?\s+ago", "month")]
    [InlineData(@"\b(?i:the|its)\s+(actual)\s+", "actual")]
    [InlineData(@"d['’]après\b", "d'après|d’après")]
    [InlineData(@"\b(?:paid|pays)\s+(provisions?)\b", "provision")]
    [InlineData(@"x{2}yz\u00e9", "yzé")]
    public void The_literals_every_match_needs(string pattern, string expected)
    {
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), RegexLiterals.Strings(pattern));
    }

    [Theory]
    [InlineData(@"\b(?:is|are|am)\s+\w+")] // too short to filter anything
    [InlineData(@"\p{Lu}\p{Ll}+\s+\d+")] // no literal at all
    [InlineData(@"foo|\d+")] // one alternative needs none
    [InlineData(@"(?:foo)?bar")] // "bar" is needed, but is too short only if… it is three: kept below
    [InlineData(@"(?x) foo bar")] // whitespace-insensitive: not read
    [InlineData(@"(?(a)abc|def)")] // a conditional: not read
    [InlineData(@"[^abc]+|[a-z]+")]
    public void No_prefilter_where_none_is_safe_or_useful(string pattern)
    {
        var strings = RegexLiterals.Strings(pattern);

        Assert.True(strings is null || strings.SequenceEqual(["bar"]), string.Join(",", strings ?? []));
    }

    [Fact]
    public void Every_shipped_pattern_that_matches_a_text_finds_one_of_its_literals_there()
    {
        var rules = new ConfigLoader().Load(null).Rules.AllRules.OfType<PatternRule>().ToList();
        var texts = Directory.EnumerateFiles(RepoPaths.Fixtures, "*.txt", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        var filtered = 0;
        var matched = 0;
        foreach (var rule in rules)
        {
            var (literals, regex) = rule.Parts;
            if (literals is null)
            {
                continue;
            }

            filtered++;
            foreach (var text in texts)
            {
                if (regex.IsMatch(text))
                {
                    matched++;
                    Assert.True(text.AsSpan().IndexOfAny(literals) >= 0, $"{rule.Info.Id} matches a text that holds none of its literals");
                }
            }
        }

        // Most pattern rules get a prefilter, and the fixtures exercise them.
        Assert.True(filtered * 2 > rules.Count, $"{filtered} of {rules.Count} pattern rules have a prefilter");
        Assert.True(matched > 50, $"only {matched} matches checked");
    }
}
