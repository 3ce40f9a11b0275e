using System.Globalization;
using System.Text;
using Translation.Quality.Config;
using Translation.Quality.Evaluation;
using Translation.Quality.Pipeline;
using Translation.Quality.Pipeline.Stages;
using Translation.Quality.Tests.Support;
using Translation.Quality.Translator;
using Xunit.Abstractions;

namespace Translation.Quality.Tests.Translator;

/// <summary>
/// The verify stage's span checks on the blind bilingual gold set (fixtures/gold-bilingual), against
/// a Translator that serves the set's recorded fresh translations, with the default stages before it
/// (normalise, segment, align: the pairs are the align stage's links). No rule packs run: these are the
/// Translator's findings alone. Recall counts a defect found by a finding of its class that overlaps
/// it; false alarms are findings of any class on the clean articles, per 1000 of their words.
/// </summary>
public sealed class GoldBilingualMeasurementTests(ITestOutputHelper output)
{
    private static readonly string[] Measured = ["addition", "omission", "word-order"];

    public static async Task<(Dictionary<string, (int Defects, int Found)> Recall, int CleanFindings, long CleanWords, string Report)> MeasureAsync()
    {
        var folder = Path.Combine(RepoPaths.Fixtures, "gold-bilingual");
        var gold = GoldSetReader.Read(folder);
        var client = new FreshTsvTranslator(Directory.EnumerateFiles(folder, "*.fresh.tsv", SearchOption.AllDirectories));
        var options = new TranslatorOptions { Scope = VerifyScope.All, Checks = new VerifyCheckOptions { Language = false } };
        var stage = new VerifyStage(new TranslatorService(client, options), options);
        var recall = new Dictionary<string, (int Defects, int Found)>(StringComparer.Ordinal);
        var cleanFindings = 0;
        long cleanWords = 0;
        var report = new StringBuilder();
        var unverified = 0;
        foreach (var g in gold)
        {
            var work = new ArticleWork(g.Article);
            new NormaliseStage().Process(work, CancellationToken.None);
            new SegmentStage(null, null).Process(work, CancellationToken.None);
            new AlignStage().Process(work, CancellationToken.None);
            await stage.ProcessAsync(work, CancellationToken.None);
            unverified += work.Verification?.Verified == true ? 0 : 1;
            foreach (var d in g.Defects)
            {
                var found = work.Findings.Any(f => f.Class == d.Class && f.Start < d.End && d.Start < f.End);
                var r = recall.GetValueOrDefault(d.Class);
                recall[d.Class] = (r.Defects + 1, r.Found + (found ? 1 : 0));
                if (!found && Measured.Contains(d.Class))
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"miss {g.Article.Id} {d.Class}: \"{d.Text}\"");
                }
            }

            if (g.IsClean)
            {
                cleanWords += work.Words;
                cleanFindings += work.Findings.Count;
                foreach (var f in work.Findings)
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"false alarm {g.Article.Id} {f.Class}: \"{f.Text}\" (suggestion \"{f.Suggestion}\")\n    wire: {f.Sentence}\n    msg: {f.Message}");
                }
            }
        }

        report.Insert(0, string.Create(CultureInfo.InvariantCulture, $"{gold.Count} articles, {client.Sentences} recorded sentences, {client.Unserved.Count} texts without a recorded translation, {unverified} articles unverified\n"));
        return (recall, cleanFindings, cleanWords, report.ToString());
    }

    [Fact]
    public async Task Span_checks_on_the_bilingual_gold_set()
    {
        var (recall, cleanFindings, cleanWords, report) = await MeasureAsync();
        var perThousand = 1000.0 * cleanFindings / cleanWords;
        foreach (var (cls, (defects, found)) in recall.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cls}: {found}/{defects} = {(double)found / defects:0.00}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"false alarms on clean articles: {cleanFindings} in {cleanWords} words = {perThousand:0.00} per 1000"));
        output.WriteLine(report);
        Assert.True(cleanWords > 5000);

        // Floors at the figures measured when these checks were last changed (README): a change that
        // loses recall or adds false alarms shows here. The targets (0.8, 0.5) are not met yet.
        Assert.True(Recall(recall, "addition") >= 0.75, report);
        Assert.True(Recall(recall, "omission") >= 0.72, report);
        Assert.True(Recall(recall, "word-order") >= 0.3, report);
        Assert.True(Recall(recall, "number-mismatch") >= 0.7, report);
        Assert.True(perThousand <= 3.0, report);
    }

    private static double Recall(Dictionary<string, (int Defects, int Found)> recall, string cls) =>
        recall.TryGetValue(cls, out var r) && r.Defects > 0 ? (double)r.Found / r.Defects : 0;
}
