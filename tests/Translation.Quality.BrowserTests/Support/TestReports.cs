using System.Text;
using Translation.Quality.Documents;
using Translation.Quality.Reports.Html;
using Translation.Quality.Results;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.BrowserTests.Support;

/// <summary>The reports the browser tests open: the real sample feed through the CLI, and hand-made ones.</summary>
public static class TestReports
{
    private static readonly DateTimeOffset Now = new(2024, 2, 4, 6, 30, 0, TimeSpan.Zero);

    /// <summary>The classes of the design notes, for colours and filters.</summary>
    public static readonly string[] Classes =
    [
        "split-name", "detached-complement", "stray-fragment", "bad-sentence-split", "calque", "false-friend", "source-transliteration",
        "wrong-modal", "translated-gloss", "garbled-quote-intro", "relative-pronoun", "locale-format", "untranslated", "title-order", "repeated-word",
    ];

    private static readonly string[] Words =
    [
        "minister", "council", "reported", "officials", "on", "Tuesday", "the", "port", "strike", "agency", "said", "visit", "budget",
        "talks", "region", "police", "after", "during", "government", "announced", "plan", "city", "water", "power", "several", "new",
    ];

    public static Task<string> WriteAsync(string outDir, IReadOnlyList<ArticleResult> results, HtmlReportOptions? options = null) =>
        SampleResults.WriteAsync(new HtmlReportWriter(outDir, "9.9.9", Now, options), results);

    /// <summary>Three short articles with two or three findings each, for keyboard and decisions.</summary>
    public static IReadOnlyList<ArticleResult> Small() =>
    [
        SampleResults.Checked("one", "The Cuban number one arrived on 21/06/2024. He left at 14h30 the same day.",
            new Flag("number one", "calque", Severity.Major, "FR_NUMBER_ONE", "A calque of 'le numéro un'.", "leader"),
            new Flag("21/06/2024", "locale-format", Severity.Minor, "FR_DATE", "A day-first date.", "June 21, 2024"),
            new Flag("14h30", "locale-format", Severity.Minor, "FR_TIME_H", "The French way of writing a time.", "2.30 p.m.")),
        SampleResults.Checked("two", "Clean copy with nothing to say."),
        SampleResults.Checked("three", "The minister must travel there on Friday. His exceptional trip was short.",
            new Flag("must travel", "wrong-modal", Severity.Major, "FR_DOIT", "'doit' here means is due to.", "is due to travel"),
            new Flag("exceptional", "false-friend", Severity.Critical, "FR_FALSE_FRIENDS", "'exceptionnel' means rare.", "rare")),
    ];

    /// <summary>
    /// A synthetic night: <paramref name="articles"/> articles of about a dozen sentences, each with
    /// <paramref name="findingsEach"/> findings spread over the classes, severities and four feeds.
    /// </summary>
    public static IEnumerable<ArticleResult> Large(int articles, int findingsEach)
    {
        var random = new Random(7);
        for (var n = 0; n < articles; n++)
        {
            var text = new StringBuilder();
            var flags = new List<Flag>();
            for (var s = 0; s < 12; s++)
            {
                if (s > 0)
                {
                    text.Append(s % 4 == 0 ? "\n\n" : " ");
                }

                var words = 8 + random.Next(10);
                for (var w = 0; w < words; w++)
                {
                    if (w > 0)
                    {
                        text.Append(' ');
                    }

                    var word = Words[random.Next(Words.Length)];
                    if (w == 0)
                    {
                        word = char.ToUpperInvariant(word[0]) + word[1..];
                    }

                    if (w == 3 && s < findingsEach)
                    {
                        var k = (n * findingsEach) + flags.Count;
                        var cls = Classes[k % Classes.Length];
                        var severity = (Severity)(k % 7 == 0 ? 2 : k % 3 == 0 ? 1 : 0);
                        flags.Add(new Flag(word, cls, severity, "R_" + cls.Replace('-', '_').ToUpperInvariant(), $"Flagged {cls} in sentence {s + 1}.", "better " + word, text.Length));
                    }

                    text.Append(word);
                }

                text.Append('.');
            }

            for (var extra = flags.Count; extra < findingsEach; extra++)
            {
                flags.Add(new Flag(text.ToString(0, 3), "repeated-word", Severity.Minor, "R_EXTRA", "Extra.", null, 0));
            }

            var article = new Article
            {
                Id = $"night/{n:D5}",
                Path = $"/feeds/night-{n % 4}.jsonl:{n + 1}",
                SourceLanguage = (n % 3) switch { 0 => "fr", 1 => "es", _ => "de" },
                TargetLanguage = "en",
                Text = text.ToString(),
                Feed = "agency-" + (n % 4),
            };
            yield return SampleResults.Checked(article, [.. flags]);
        }
    }
}
