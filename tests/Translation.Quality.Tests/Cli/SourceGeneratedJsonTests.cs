using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Translation.Quality.Cli.Commands;
using Translation.Quality.Evaluation;
using Translation.Quality.Lexicon;
using Translation.Quality.Tagging;
using Translation.Quality.Tests.Support;
using Translation.Quality.Translator;
using Translation.Quality.WordOrder;

namespace Translation.Quality.Tests.Cli;

/// <summary>
/// Each JSON output moved to a source-generated context (for AOT) writes the bytes the reflection
/// serializer wrote for the same value, with the options that output used before.
/// </summary>
public sealed class SourceGeneratedJsonTests
{
    private const string Awkward = "“Quoted” é <b> & 'x' \\ \u2028";

    private static JsonSerializerOptions Reflection(JsonSerializerOptions? like = null) =>
        new(like ?? JsonSerializerOptions.Default) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private static readonly JsonSerializerOptions RelaxedIndented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void TranslatorLookup_WritesAndReadsTheReflectionSerializersBytes()
    {
        var item = new DictionaryLookupItem("gato", Awkward, [
            new DictionaryTranslation("cat", "Cat", "NOUN", 0.8125, string.Empty, [new BackTranslation("gato", "Gato", 3, 120), new BackTranslation("minino", Awkward, 0, 1)]),
            new DictionaryTranslation("tomcat", "tomcat", "OTHER", 1e-7, "the", []),
        ]);

        var generated = JsonSerializer.Serialize(item, TranslatorCacheJsonContext.Default.DictionaryLookupItem);

        Assert.Equal(JsonSerializer.Serialize(item, Reflection()), generated);
        var back = JsonSerializer.Deserialize(generated, TranslatorCacheJsonContext.Default.DictionaryLookupItem);
        Assert.Equal(generated, JsonSerializer.Serialize(back, Reflection()));
        Assert.Equal(0.8125, back!.Translations[0].Confidence);
        Assert.Equal("minino", back.Translations[0].BackTranslations[1].NormalizedText);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TaggerEvaluation_IsTheReflectionSerializersBytes(bool indented)
    {
        var evaluation = new TaggerEvaluation(2049, 0.9604685212298683, new Dictionary<string, TagScore> { ["X"] = new(11, 1, 1), ["ADJ"] = new(146, 148, 140), ["NOUN"] = new(0, 0, 0) }, 40, 0.875, 12, 1.0 / 3);

        Assert.Equal(JsonSerializer.Serialize(evaluation, Reflection(new JsonSerializerOptions { WriteIndented = indented })), evaluation.ToJson(indented));
    }

    [Fact]
    public void LexiconStopwords_ReadAsTheReflectionSerializerReadThem()
    {
        const string json = """{"en":["the","a","of"],"fr":["le","la","d\u2019"],"de":[]}""";

        var generated = JsonSerializer.Deserialize(json, LexiconJsonContext.Default.DictionaryStringStringArray)!;
        var reflected = JsonSerializer.Deserialize<Dictionary<string, string[]>>(json, Reflection())!;

        Assert.Equal(reflected.Keys, generated.Keys);
        Assert.All(reflected, kv => Assert.Equal(kv.Value, generated[kv.Key]));
        Assert.Equal("d’", generated["fr"][2]);
    }

    [Fact]
    public void EvalJson_IsTheReflectionSerializersBytes()
    {
        var report = new EvaluationReport
        {
            Articles = 3,
            CleanArticles = 1,
            Words = 900,
            CleanWords = 300,
            Overall = new ClassCounts(4, 3, 5, 3),
            ByClass = new SortedDictionary<string, ClassCounts>(StringComparer.Ordinal) { ["calque"] = new(3, 3, 3, 3), ["false-friend"] = new(1, 0, 2, 0) },
            ByRule = new SortedDictionary<string, RuleCounts>(StringComparer.Ordinal) { ["FR_CALQUE"] = new("calque", 3, 3) },
            ByType = new Dictionary<string, TypeCounts> { ["word-order/swap"] = new(2, 1) },
            CleanFalseAlarms = 1,
            Misses = [new EvaluationMiss("fr-en/a", "false-friend", 4, 12, "eventual", Awkward)],
            FalseAlarms = [new EvaluationFalseAlarm("fr-en/b", "EN_FF", "false-friend", 0, 5, "actual", Awkward, "A “false friend”.", null), new EvaluationFalseAlarm("fr-en/c", "EN_X", "calque", 1, 2, "x", "x.", "m", "false-friend")],
            Errors = ["fr-en/d"],
        };

        var before = new JsonSerializerOptions(RelaxedIndented) { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        Assert.Equal(JsonSerializer.Serialize(report, Reflection(before)), EvalCommand.ToJson(report));
    }

    [Fact]
    public void RulesDiffJson_IsTheReflectionSerializersBytesOfTheAnonymousShapeItReplaced()
    {
        var text = "The minister realized a study. " + Awkward + " It was signed.";
        var baseline = SampleResults.Checked("fr-en/a", text, new Flag("signed", Rule: "EN_OLD", Class: "calque"));
        var current = SampleResults.Checked("fr-en/a", text, new Flag("realized", Rule: "EN_FF", Class: "false-friend"), new Flag("signed", Rule: "EN_OLD", Class: "calque"), new Flag("study", Rule: "EN_NEW"));
        var diff = new FindingDiff();
        diff.Add(baseline, current);
        diff.Add(current, baseline);

        // The shape RulesDiffCommand serialised by reflection before it had records of its own.
        var json = new
        {
            articles = diff.Articles,
            unchanged = diff.Unchanged,
            added = diff.Changes.Count(c => c.Kind == FindingChangeKind.Added),
            removed = diff.Changes.Count(c => c.Kind == FindingChangeKind.Removed),
            changes = diff.Changes.Select(c => new { change = c.Kind.ToString().ToLowerInvariant(), article = c.ArticleId, rule = c.Finding.Rule, @class = c.Finding.Class, start = c.Finding.Start, end = c.Finding.End, text = c.Finding.Text, sentence = c.Finding.Sentence }),
        };

        Assert.Equal(4, diff.Changes.Count);
        Assert.Equal(JsonSerializer.Serialize(json, Reflection(RelaxedIndented)), RulesDiffCommand.ToJson(diff));
    }

    [Fact]
    public void WordOrderJson_IsTheReflectionSerializersBytesOfTheAnonymousShapeItReplaced()
    {
        var result = new WordOrderEvaluation(149, 2049, 1, new Dictionary<string, WordOrderRecall> { ["swap"] = new(127, 32), ["salad"] = new(101, 32), ["none"] = new(0, 0) }, -3.25);
        var options = new WordOrderScoringOptions { MoveThreshold = 9.5 };

        // The shape WordOrderCommand serialised by reflection before it had records of its own.
        var json = new
        {
            sentences = result.Sentences,
            tokens = result.Tokens,
            falseAlarms = result.FalseAlarms,
            falseAlarmsPer1000 = Math.Round(result.FalseAlarmsPer1000, 3),
            moveThreshold = options.MoveThreshold,
            swapThreshold = options.SwapThreshold,
            stretchThreshold = options.StretchThreshold,
            recall = result.Recall.ToDictionary(kv => kv.Key, kv => new { cases = kv.Value.Cases, detected = kv.Value.Detected, rate = Math.Round(kv.Value.Rate, 3) }),
        };

        Assert.Equal(JsonSerializer.Serialize(json, Reflection()), WordOrderCommand.ToJson(result, options));
    }
}
