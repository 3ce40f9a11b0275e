using System.CommandLine;
using System.Globalization;
using Translation.Quality.Tagging;

namespace Translation.Quality.Cli.Commands;

/// <summary><c>tqa tagger train|eval</c>: rebuild and measure the POS tagger from a CoNLL-U treebank.</summary>
public static class TaggerCommand
{
    public static Command Build()
    {
        var tagger = new Command("tagger", "Train or evaluate the part-of-speech tagger (UD English EWT, CC BY-SA 4.0).");
        tagger.Subcommands.Add(BuildTrain());
        tagger.Subcommands.Add(BuildEval());
        return tagger;
    }

    private static Command BuildTrain()
    {
        var conllu = new Option<string>("--conllu") { Description = "Training treebank (CoNLL-U), e.g. en_ewt-ud-train.conllu.", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the model.", Required = true };
        var dev = new Option<string?>("--dev") { Description = "A dev treebank to report accuracy after each epoch." };
        var epochs = new Option<int?>("--epochs") { Description = "Training epochs (default 8)." };
        var seed = new Option<int?>("--seed") { Description = "Shuffle seed (default fixed, so training is reproducible)." };
        var command = new Command("train", "Train an averaged-perceptron tagger.") { conllu, output, dev, epochs, seed };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(conllu)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"treebank not found: {path}");
            }

            var defaults = new TaggerTrainingOptions();
            var options = defaults with
            {
                Epochs = parse.GetValue(epochs) ?? defaults.Epochs,
                Seed = parse.GetValue(seed) ?? defaults.Seed,
                DevConlluPath = parse.GetValue(dev),
            };
            var err = parse.InvocationConfiguration.Error;
            var model = TaggerTrainer.Train(path, options, new Progress<string>(line => err.WriteLine(line)));
            model.Save(parse.GetValue(output)!);
            parse.InvocationConfiguration.Output.WriteLine($"model written to {parse.GetValue(output)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildEval()
    {
        var conllu = new Option<string>("--conllu") { Description = "Gold treebank (CoNLL-U), e.g. en_ewt-ud-test.conllu.", Required = true };
        var model = new Option<string?>("--model") { Description = "A model file (default: the built-in model)." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        var command = new Command("eval", "Measure tagging accuracy on gold tokens.") { conllu, model, format };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(conllu)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"treebank not found: {path}");
            }

            var tagger = parse.GetValue(model) is { } m ? new PerceptronTagger(PerceptronModel.Load(m)) : PerceptronTagger.Default;
            var result = TaggerEvaluator.Evaluate(tagger, path);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                output.WriteLine(result.ToJson());
                return ExitCodes.Ok;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tokens: {result.Tokens}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy: {result.Accuracy:P2}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PROPN accuracy: {result.PropnAccuracy:P2}; sentence-initial capitals: {result.SentenceInitialCapitalAccuracy:P2}"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
