using System.CommandLine;
using System.Globalization;
using Translation.Quality.Lexicon;

namespace Translation.Quality.Cli.Commands;

/// <summary><c>tqa lexicon animacy</c>: regenerate the noun animacy lexicon (who/which) from WordNet.</summary>
public static class AnimacyLexiconCommand
{
    /// <summary>Adds <c>animacy</c> under the <c>lexicon</c> command.</summary>
    public static void AddTo(RootCommand root) => LexiconCommand.Group(root).Subcommands.Add(Build());

    private static Command Build()
    {
        var wordnet = new Option<string>("--wordnet") { Description = "WordNet 3.0 dictionary folder (Debian wordnet-base: /usr/share/wordnet).", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the lexicon (the shipped one is src/Translation.Quality/Lexicon/Data/animacy-en.tsv).", Required = true };
        var command = new Command("animacy", "Derive the person/group/thing noun lexicon used by the relative-pronoun rules.") { wordnet, output };
        command.SetAction(parse =>
        {
            IReadOnlyList<(string Word, Animacy Animacy)> entries;
            try
            {
                entries = WordNetAnimacyBuilder.Build(parse.GetValue(wordnet)!);
            }
            catch (FileNotFoundException e)
            {
                throw new UsageException(e.Message);
            }

            var path = parse.GetValue(output)!;
            using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
            {
                WordNetAnimacyBuilder.Write(entries, writer);
            }

            var counts = entries.GroupBy(e => e.Animacy).OrderBy(g => g.Key).Select(g => $"{g.Key.ToString().ToLowerInvariant()} {g.Count()}");
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {entries.Count} nouns ({string.Join(", ", counts)})"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
