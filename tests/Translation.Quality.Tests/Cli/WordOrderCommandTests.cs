using System.Text.Json;
using Translation.Quality.Tests.Tagging;
using Translation.Quality.WordOrder;

namespace Translation.Quality.Tests.Cli;

public sealed class WordOrderCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tqa-wordorder-" + Guid.NewGuid().ToString("N"));

    public WordOrderCommandTests()
    {
        Directory.CreateDirectory(_dir);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Train_writes_a_model_that_eval_measures()
    {
        var model = Path.Combine(_dir, "wo.bin");

        var train = await CliRunner.Run("wordorder", "train", "--conllu", SampleData.Path, "--out", model);

        Assert.Equal(0, train.Exit);
        Assert.Contains("model written", train.Out, StringComparison.Ordinal);
        Assert.NotEmpty(WordOrderModel.Load(model).Vocabulary);

        var eval = await CliRunner.Run("wordorder", "eval", "--conllu", SampleData.Path, "--model", model, "--format", "json");

        Assert.Equal(0, eval.Exit);
        using var doc = JsonDocument.Parse(eval.Out);
        Assert.True(doc.RootElement.GetProperty("tokens").GetInt32() > 0);
        Assert.Equal(["adjective-after-noun", "salad", "stranded", "swap"], doc.RootElement.GetProperty("recall").EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task A_missing_treebank_is_a_usage_error()
    {
        var result = await CliRunner.Run("wordorder", "train", "--conllu", Path.Combine(_dir, "none.conllu"), "--out", Path.Combine(_dir, "x.bin"));

        Assert.Equal(2, result.Exit);
        Assert.Contains("treebank not found", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_that_is_not_one_is_a_usage_error_naming_the_file()
    {
        var bad = Path.Combine(_dir, "bad.bin");
        await File.WriteAllTextAsync(bad, "not a model at all, clearly");

        var result = await CliRunner.Run("wordorder", "eval", "--conllu", SampleData.Path, "--model", bad);

        Assert.Equal(2, result.Exit);
        Assert.Contains("bad.bin", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Segment_shows_each_sentence_word_order_score()
    {
        var file = Path.Combine(_dir, "a.txt");
        await File.WriteAllTextAsync(file, "Police arrested more than 20 suspects on Tuesday. Police arrested than more 20 suspects on Tuesday.");

        var json = await CliRunner.Run("segment", file, "--format", "json", "--source-lang", "fr");
        var text = await CliRunner.Run("segment", file, "--source-lang", "fr");

        using var doc = JsonDocument.Parse(json.Out);
        var scores = doc.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("wordOrder").GetDouble()).ToList();
        Assert.Equal(2, scores.Count);
        Assert.True(scores[1] > scores[0], $"{scores[1]} should exceed {scores[0]}");
        Assert.Contains("word order", text.Out, StringComparison.Ordinal);
        Assert.Contains("improbable order: \"than more\"", text.Out, StringComparison.Ordinal);
    }
}
