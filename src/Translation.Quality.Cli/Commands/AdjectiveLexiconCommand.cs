using System.CommandLine;
using System.Globalization;
using Translation.Quality.Lexicon;

namespace Translation.Quality.Cli.Commands;

/// <summary><c>tqa lexicon adjectives</c>: regenerate the list of words that are adjectives out of context from WordNet.</summary>
public static class AdjectiveLexiconCommand
{
    /// <summary>Adds <c>adjectives</c> under the <c>lexicon</c> command.</summary>
    public static void AddTo(RootCommand root) => LexiconCommand.Group(root).Subcommands.Add(Build());

    private static Command Build()
    {
        var wordnet = new Option<string>("--wordnet") { Description = "WordNet 3.0 dictionary folder (Debian wordnet-base: /usr/share/wordnet).", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the lexicon (the shipped one is src/Translation.Quality/Lexicon/Data/adjectives-en.txt).", Required = true };
        var command = new Command("adjectives", "Derive the words that are adjectives out of context, used by token patterns' wordClass: ADJ.") { wordnet, output };
        command.SetAction(parse =>
        {
            IReadOnlyList<string> words;
            try
            {
                words = WordNetAdjectiveBuilder.Build(parse.GetValue(wordnet)!);
            }
            catch (FileNotFoundException e)
            {
                throw new UsageException(e.Message);
            }

            var path = parse.GetValue(output)!;
            using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
            {
                WordNetAdjectiveBuilder.Write(words, writer);
            }

            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {words.Count} adjectives"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
