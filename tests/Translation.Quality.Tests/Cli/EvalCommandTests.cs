using System.Text.Json;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Cli;

public sealed class EvalCommandTests
{
    private static void Gold(TempDir dir, string name, string text, params (string Class, string Text)[] defects)
    {
        dir.File($"gold/fr-en/{name}.txt", text);
        var items = defects.Select(d =>
        {
            var start = text.IndexOf(d.Text, StringComparison.Ordinal);
            return $"{{\"class\": \"{d.Class}\", \"start\": {start}, \"end\": {start + d.Text.Length}, \"text\": \"{d.Text}\"}}";
        });
        dir.File($"gold/fr-en/{name}.ann.json", $"{{\"id\": \"fr-en/{name}\", \"sourceLanguage\": \"fr\", \"targetLanguage\": \"en\", \"defects\": [{string.Join(",", items)}]}}");
    }

    [Fact]
    public async Task Eval_ComputesRecallPrecisionAndCleanFalseAlarms()
    {
        using var dir = new TempDir();
        Gold(dir, "one", "The deal was signed on 21/06/2024 in Dakar. The the talks went on.", ("locale-format", "21/06/2024"), ("repeated-word", "The the"), ("split-name", "Dakar"));
        Gold(dir, "clean", "The deal was signed on June 21, 2024 in Dakar. Only only one flag here.");

        var (exit, stdout, _) = await CliRunner.Run("eval", Path.Combine(dir.Path, "gold"), "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("overall").GetProperty("defects").GetInt32());
        Assert.Equal(2, root.GetProperty("overall").GetProperty("detected").GetInt32());
        Assert.Equal(1.0, root.GetProperty("byClass").GetProperty("locale-format").GetProperty("recall").GetDouble());
        Assert.Equal(0.0, root.GetProperty("byClass").GetProperty("split-name").GetProperty("recall").GetDouble());
        Assert.Equal(0.5, root.GetProperty("byClass").GetProperty("repeated-word").GetProperty("precision").GetDouble());
        Assert.Equal(1, root.GetProperty("cleanFalseAlarms").GetInt32());
        Assert.Equal("Dakar", root.GetProperty("misses")[0].GetProperty("text").GetString());
        Assert.Equal("Only only", root.GetProperty("falseAlarms")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Eval_GatesOnRecallAndRejectsAnnotationsThatDoNotMatchTheText()
    {
        using var dir = new TempDir();
        Gold(dir, "one", "Signed on 21/06/2024 in Dakar.", ("split-name", "Dakar"));
        Assert.Equal(1, (await CliRunner.Run("eval", Path.Combine(dir.Path, "gold"), "--min-recall", "0.5")).Exit);

        dir.File("gold/fr-en/one.ann.json", "{\"defects\": [{\"class\": \"calque\", \"start\": 0, \"end\": 4, \"text\": \"Nope\"}]}");
        var (exit, _, stderr) = await CliRunner.Run("eval", Path.Combine(dir.Path, "gold"));
        Assert.Equal(2, exit);
        Assert.Contains("one.ann.json", stderr, StringComparison.Ordinal);
        Assert.Contains("does not match", stderr, StringComparison.Ordinal);
    }
}
