using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Translation.Quality.Tagging;
using Translation.Quality.WordOrder;

namespace Translation.Quality.Cli.Commands;

/// <summary><c>tqa wordorder train|eval</c>: rebuild and measure the word-order model from CoNLL-U treebanks.</summary>
public static class WordOrderCommand
{
    public static Command Build()
    {
        var command = new Command("wordorder", "Train or evaluate the English word-order model (UD English EWT CC BY-SA 4.0, UD English PUD CC BY-SA 3.0).");
        command.Subcommands.Add(BuildTrain());
        command.Subcommands.Add(BuildEval());
        return command;
    }

    private static Command BuildTrain()
    {
        var conllu = new Option<string[]>("--conllu") { Description = "Training treebanks (CoNLL-U), e.g. en_ewt-ud-train.conllu en_pud-ud-test.conllu.", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Where to write the model.", Required = true };
        var minCount = new Option<int?>("--min-count") { Description = "Occurrences a word form needs for a unit of its own (default 3)." };
        var command = new Command("train", "Count word-unit and POS-tag trigrams into a word-order model.") { conllu, output, minCount };
        command.SetAction(parse =>
        {
            var paths = Existing(parse.GetValue(conllu)!);
            var defaults = new WordOrderTrainingOptions();
            var options = defaults with { MinWordCount = parse.GetValue(minCount) ?? defaults.MinWordCount };
            if (options.MinWordCount < 1)
            {
                throw new UsageException("--min-count must be at least 1");
            }

            var err = parse.InvocationConfiguration.Error;
            var model = WordOrderTrainer.Train(paths, options, new Progress<string>(line => err.WriteLine(line)));
            model.Save(parse.GetValue(output)!);
            parse.InvocationConfiguration.Output.WriteLine($"model written to {parse.GetValue(output)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildEval()
    {
        var conllu = new Option<string[]>("--conllu") { Description = "Clean treebanks (CoNLL-U), e.g. en_ewt-ud-dev.conllu.", Required = true, AllowMultipleArgumentsPerToken = true };
        var model = new Option<string?>("--model") { Description = "A model file (default: the built-in model)." };
        var moveThreshold = new Option<double?>("--move-threshold") { Description = "Nats a repairing move must gain (default: the scorer's)." };
        var swapThreshold = new Option<double?>("--swap-threshold") { Description = "Nats a neighbour swap must gain (default: the scorer's)." };
        var stretchThreshold = new Option<double?>("--stretch-threshold") { Description = "Mean improbability of a window to flag (default: the scorer's)." };
        var saladThreshold = new Option<double?>("--salad-threshold") { Description = "Mean improbability, read each way, of a word-salad window (default: the scorer's)." };
        var saladWindow = new Option<int?>("--salad-window") { Description = "Tokens per word-salad window (default: the scorer's)." };
        var saladRun = new Option<int?>("--salad-run") { Description = "Consecutive improbable windows that make a word salad (default: the scorer's)." };
        var saladGain = new Option<double?>("--salad-gain") { Description = "Nats the moves that unscramble a word salad must gain together (default: the scorer's)." };
        var saladMoves = new Option<int?>("--salad-moves") { Description = "Most block moves tried to unscramble a word salad (default: the scorer's)." };
        var gate = new Option<double?>("--search-gate") { Description = "Window improbability from which a repairing move is searched (default: the scorer's)." };
        var tagWeight = new Option<double?>("--tag-weight") { Description = "Weight of the POS-tag model beside the word model (default: the scorer's)." };
        var show = new Option<bool>("--show") { Description = "List each false alarm (to standard error)." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        var command = new Command("eval", "Measure false alarms on clean sentences and recall on synthetic swaps, stranded words, adjectives after nouns and word salad.")
        {
            conllu, model, moveThreshold, swapThreshold, stretchThreshold, saladThreshold, saladWindow, saladRun, saladGain, saladMoves, gate, tagWeight, show, format,
        };
        command.SetAction(parse =>
        {
            var paths = Existing(parse.GetValue(conllu)!);
            var fmt = parse.GetValue(format);
            if (fmt is not ("text" or "json"))
            {
                throw new UsageException($"unknown format '{fmt}' for wordorder eval; expected text or json");
            }

            WordOrderModel loaded;
            try
            {
                loaded = parse.GetValue(model) is { } m ? WordOrderModel.Load(m) : WordOrderModel.Default;
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                throw new UsageException($"{parse.GetValue(model)}: {e.Message}");
            }

            var defaults = new WordOrderScoringOptions();
            var options = defaults with
            {
                MoveThreshold = parse.GetValue(moveThreshold) ?? defaults.MoveThreshold,
                SwapThreshold = parse.GetValue(swapThreshold) ?? defaults.SwapThreshold,
                StretchThreshold = parse.GetValue(stretchThreshold) ?? defaults.StretchThreshold,
                SaladThreshold = parse.GetValue(saladThreshold) ?? defaults.SaladThreshold,
                SaladWindow = parse.GetValue(saladWindow) ?? defaults.SaladWindow,
                SaladRun = parse.GetValue(saladRun) ?? defaults.SaladRun,
                SaladGain = parse.GetValue(saladGain) ?? defaults.SaladGain,
                SaladMoves = parse.GetValue(saladMoves) ?? defaults.SaladMoves,
                SearchGate = parse.GetValue(gate) ?? defaults.SearchGate,
                TagWeight = parse.GetValue(tagWeight) ?? defaults.TagWeight,
            };
            var sentences = paths.SelectMany(ConlluReader.Read);
            var result = WordOrderEvaluator.Evaluate(new WordOrderScorer(loaded, options), PerceptronTagger.Default, sentences, falseAlarm: parse.GetValue(show) ? parse.InvocationConfiguration.Error.WriteLine : null);
            var output = parse.InvocationConfiguration.Output;
            if (fmt == "json")
            {
                output.WriteLine(ToJson(result, options));
                return ExitCodes.Ok;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sentences: {result.Sentences}, tokens: {result.Tokens}, mean sentence score: {result.MeanSentenceScore:F2}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"thresholds: move {options.MoveThreshold}, swap {options.SwapThreshold}, stretch {options.StretchThreshold}, salad {options.SaladThreshold} over {options.SaladRun} windows of {options.SaladWindow}, {options.SaladMoves} moves gaining {options.SaladGain}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"false alarms on clean sentences: {result.FalseAlarms} ({result.FalseAlarmsPer1000:F3} per 1000 tokens)"));
            foreach (var (type, r) in result.Recall)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall {type}: {r.Detected}/{r.Cases} ({r.Rate:P1})"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string[] Existing(string[] paths)
    {
        foreach (var p in paths)
        {
            if (!File.Exists(p))
            {
                throw new UsageException($"treebank not found: {p}");
            }
        }

        return paths;
    }

    /// <summary>The evaluation as <c>--format json</c> prints it: rates rounded to three places.</summary>
    internal static string ToJson(WordOrderEvaluation result, WordOrderScoringOptions options) => JsonSerializer.Serialize(
        new WordOrderJson(
            result.Sentences,
            result.Tokens,
            result.FalseAlarms,
            Math.Round(result.FalseAlarmsPer1000, 3),
            options.MoveThreshold,
            options.SwapThreshold,
            options.StretchThreshold,
            result.Recall.ToDictionary(kv => kv.Key, kv => new WordOrderRecallJson(kv.Value.Cases, kv.Value.Detected, Math.Round(kv.Value.Rate, 3)))),
        CliJsonContext.Compact.WordOrderJson);
}
