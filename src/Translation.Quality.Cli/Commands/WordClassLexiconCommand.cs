using System.CommandLine;
using System.Globalization;
using Translation.Quality.Lexicon;

namespace Translation.Quality.Cli.Commands;

/// <summary><c>tqa lexicon word-classes</c>: regenerate the lists of words that are adjectives, or verbs, out of context from WordNet.</summary>
public static class WordClassLexiconCommand
{
    /// <summary>Adds <c>word-classes</c> under the <c>lexicon</c> command.</summary>
    public static void AddTo(RootCommand root) => LexiconCommand.Group(root).Subcommands.Add(Build());

    private static Command Build()
    {
        var wordnet = new Option<string>("--wordnet") { Description = "WordNet 3.0 dictionary folder (Debian wordnet-base: /usr/share/wordnet).", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write adjectives-en.txt and verbs-en.txt to (the shipped ones are in src/Translation.Quality/Lexicon/Data).", Required = true };
        var command = new Command("word-classes", "Derive the words that are adjectives, or verbs, out of context, used by token patterns' wordClass.") { wordnet, output };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            if (!Directory.Exists(folder))
            {
                throw new UsageException($"output folder not found: {folder}");
            }

            foreach (var wordClass in WordNetWordClassBuilder.Classes)
            {
                IReadOnlyList<string> words;
                try
                {
                    words = WordNetWordClassBuilder.Build(parse.GetValue(wordnet)!, wordClass);
                }
                catch (FileNotFoundException e)
                {
                    throw new UsageException(e.Message);
                }

                var path = Path.Combine(folder, WordNetWordClassBuilder.FileName(wordClass));
                using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
                {
                    WordNetWordClassBuilder.Write(wordClass, words, writer);
                }

                parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {words.Count} {wordClass}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
