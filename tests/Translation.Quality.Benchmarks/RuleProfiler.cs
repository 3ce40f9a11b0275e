using System.Diagnostics;
using Translation.Quality.Alignment;
using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Ingest;
using Translation.Quality.Rules;
using Translation.Quality.Tagging;
using Translation.Quality.Text;

namespace Translation.Quality.Benchmarks;

/// <summary>
/// <c>profile FILE...</c>: single-threaded time per analysis step and per rule over a feed, so a
/// missed speed target comes with the profile that says why.
/// </summary>
public static class RuleProfiler
{
    public static async Task<int> RunAsync(string[] paths)
    {
        var rules = new ConfigLoader().Load(null).Rules;
        var tagger = PerceptronTagger.Default;
        var languages = new Translation.Quality.Language.LinguaLanguageIdentifier(["en", "fr", "es", "de"]);
        var perRule = new Dictionary<string, long>(StringComparer.Ordinal);
        var allocated = new Dictionary<string, long>(StringComparer.Ordinal);
        long tokenize = 0, split = 0, tag = 0, align = 0, chars = 0;
        var articles = 0;
        await foreach (var item in new InputReader(new LanguageDefaults(null, "en")).ReadAsync(paths))
        {
            if (item is not ArticleItem { Article: var article })
            {
                continue;
            }

            articles++;
            chars += article.Text.Length;
            var t0 = Stopwatch.GetTimestamp();
            var tokens = Tokenizer.Tokenize(article.Text);
            var t1 = Stopwatch.GetTimestamp();
            var sentences = SentenceSplitter.Split(article.Text, tokens);
            var t2 = Stopwatch.GetTimestamp();
            tokenize += t1 - t0;
            split += t2 - t1;
            var analysis = new AnalyzedText(article, tokens, sentences, tagger, languages);
            var findings = new List<Finding>();

            // Tags are computed on first use; tagging every sentence here keeps the tagger's time out of
            // whichever POS rule happens to ask first.
            var tTag = Stopwatch.GetTimestamp();
            for (var k = 0; k < analysis.Sentences.Length; k++)
            {
                _ = analysis.TagsOf(k);
            }

            tag += Stopwatch.GetTimestamp() - tTag;

            // A feed with sourceText: the alignment the bilingual kinds need is timed as a step of its own.
            var t3 = Stopwatch.GetTimestamp();
            var alignBytes = GC.GetAllocatedBytesForCurrentThread();
            var bilingual = article.SourceText is null ? null : ArticleAligner.Align(article, analysis.Sentences, []);
            align += Stopwatch.GetTimestamp() - t3;
            allocated["(align)"] = allocated.GetValueOrDefault("(align)") + GC.GetAllocatedBytesForCurrentThread() - alignBytes;
            var context = new RuleContext(analysis, findings) { Bilingual = bilingual };
            foreach (var rule in rules.For(article.SourceLanguage, article.TargetLanguage))
            {
                context.CurrentRule = rule;
                var s = Stopwatch.GetTimestamp();
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    rule.Check(context);
                }
                catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
                {
                    // A loaded machine can stall a match past its timeout; the check stage retries, a profile just goes on.
                }

                perRule[rule.Info.Id] = perRule.GetValueOrDefault(rule.Info.Id) + Stopwatch.GetTimestamp() - s;
                allocated[rule.Info.Id] = allocated.GetValueOrDefault(rule.Info.Id) + GC.GetAllocatedBytesForCurrentThread() - bytes;
            }
        }

        var mb = chars / 1e6;
        Console.WriteLine($"{articles} articles, {mb:0.0} M chars");
        Console.WriteLine($"{"tokenize",-32} {Seconds(tokenize),8:0.000} s  {mb / Seconds(tokenize),8:0.0} MB/s");
        Console.WriteLine($"{"split",-32} {Seconds(split),8:0.000} s  {mb / Seconds(split),8:0.0} MB/s");
        Console.WriteLine($"{"tag (every sentence)",-32} {Seconds(tag),8:0.000} s  {mb / Seconds(tag),8:0.0} MB/s");
        Console.WriteLine($"{"align (with a source)",-32} {Seconds(align),8:0.000} s  {mb / Seconds(align),8:0.0} MB/s  {allocated.GetValueOrDefault("(align)") / 1e6,8:0.0} MB allocated");
        Console.WriteLine($"{"all rules",-32} {Seconds(perRule.Values.Sum()),8:0.000} s  {mb / Seconds(perRule.Values.Sum()),8:0.0} MB/s");
        foreach (var (id, ticks) in perRule.OrderByDescending(kv => kv.Value))
        {
            Console.WriteLine($"{id,-32} {Seconds(ticks),8:0.000} s  {mb / Seconds(ticks),8:0.0} MB/s  {allocated.GetValueOrDefault(id) / 1e6,8:0.0} MB allocated");
        }

        return 0;
    }

    private static double Seconds(long ticks) => Math.Max(1e-9, (double)ticks / Stopwatch.Frequency);
}
