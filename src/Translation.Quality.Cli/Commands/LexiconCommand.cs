using System.CommandLine;
using System.Globalization;
using Translation.Quality.Lexicon;

namespace Translation.Quality.Cli.Commands;

/// <summary><c>tqa lexicon build</c>: regenerate the shipped lexicons from the maintained resources they derive from.</summary>
public static class LexiconCommand
{
    public static Command Build()
    {
        var lexicon = new Command("lexicon", "Rebuild the word lexicons (Hunspell dictionaries, SUBTLEX-US, stopwords-iso, wamerican-huge, WordNet).");
        lexicon.Subcommands.Add(BuildBuild());
        lexicon.Subcommands.Add(BuildLookup());
        return lexicon;
    }

    /// <summary>The <c>lexicon</c> command of <paramref name="root"/>, which the WordNet-derived lists add their commands to.</summary>
    public static Command Group(RootCommand root) =>
        root.Subcommands.FirstOrDefault(c => c.Name == "lexicon") ?? throw new InvalidOperationException("the lexicon command is added before its subcommands");

    private static Command BuildLookup()
    {
        var words = new Argument<string[]>("word") { Description = "Words to look up.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("lookup", "Show what each shipped lexicon knows of a word (flags, frequency band, and how much its letters look like the language rather than English).") { words };
        command.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            foreach (var word in parse.GetValue(words) ?? [])
            {
                foreach (var language in Lexicons.Languages)
                {
                    var table = Lexicons.For(language)!;
                    var entry = WordKey.Find(table, word);
                    var known = entry < 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{table.Flags(entry)}\tband {table.Band(entry)}");

                    // How much the spelling looks like the language's words rather than English ones (per letter, natural log).
                    var letters = language == "en" ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"\tletters {LetterModel.LogOdds(language, word):+0.00;-0.00}");
                    o.WriteLine($"{word}\t{language}\t{known}{letters}");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildBuild()
    {
        var from = new Option<string[]>("--from") { Description = "Folders holding the sources (e.g. node_modules with dictionary-en …, /usr/share/dict, /usr/share/wordnet).", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Folder to write en.lex.br, fr.lex.br, es.lex.br and de.lex.br to.", Required = true };
        var command = new Command("build", "Expand the Hunspell dictionaries and write the lexicon files.") { from, output };
        command.SetAction(parse =>
        {
            LexiconSources sources;
            try
            {
                sources = LexiconSources.Find(parse.GetValue(from) ?? []);
            }
            catch (DirectoryNotFoundException e)
            {
                throw new UsageException(e.Message);
            }

            var o = parse.InvocationConfiguration.Output;
            if (sources.FreeDict is { } freeDict)
            {
                foreach (var (file, words, bytes) in BilingualDictionaryBuilder.Build(freeDict, parse.GetValue(output)!))
                {
                    o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {words} words, {bytes / 1024.0:F0} KiB"));
                }
            }

            var missing = sources.Missing();
            if (missing.Count > 0 && sources.FreeDict is not null && sources.Hunspell.Count == 0)
            {
                // Only the FreeDict folder given: the bilingual tables alone are rebuilt.
                return ExitCodes.Ok;
            }

            if (missing.Count > 0)
            {
                throw new UsageException("lexicon sources not found under --from: " + string.Join("; ", missing));
            }

            LexiconBuildResult result;
            try
            {
                result = LexiconBuilder.Build(sources, parse.GetValue(output)!);
            }
            catch (FormatException e)
            {
                // A malformed affix file names its path and line.
                throw new UsageException(e.Message);
            }

            foreach (var (name, stems, forms) in result.Dictionaries)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dictionary-{name}: {stems} stems, {forms} forms"));
            }

            foreach (var (file, words, bytes) in result.Files)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {words} words, {bytes / 1024.0:F0} KiB"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
