using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Translation.Quality.Composition;
using Translation.Quality.Config;
using Translation.Quality.Rules;

namespace Translation.Quality.Cli.Commands;

/// <summary><c>tqa rules list|test</c>: what is loaded, and whether every rule passes its own examples.</summary>
public static class RulesCommand
{
    public static Command Build()
    {
        var rules = new Command("rules", "List rule packs and run their examples.");
        rules.Subcommands.Add(BuildList());
        rules.Subcommands.Add(BuildTest());
        rules.Subcommands.Add(RulesDiffCommand.Build());
        return rules;
    }

    private static Option<string[]> PackPaths() => new("--rules")
    {
        Description = "Extra rule pack files or folders (they replace built-in packs of the same name).",
        AllowMultipleArgumentsPerToken = true,
    };

    private static Command BuildList()
    {
        var config = CommonOptions.Config();
        var packs = PackPaths();
        var pair = new Option<string?>("--pair") { Description = "Only the rules that apply to this pair, e.g. fr-en." };
        var command = new Command("list", "List the loaded rules.") { config, packs, pair };
        command.SetAction(parse =>
        {
            var loaded = new ConfigLoader().Load(parse.GetValue(config), parse.GetValue(packs));
            var console = new ConsoleOutput(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, quiet: false);
            var table = new TextTable(null, "id", "kind", "class", "severity", "pack", "examples");
            IEnumerable<IRule> selected = loaded.Rules.AllRules;
            if (parse.GetValue(pair) is { } p)
            {
                var parts = p.Split('-', 2);
                if (parts.Length != 2)
                {
                    throw new UsageException($"--pair must look like fr-en, not '{p}'");
                }

                selected = loaded.Rules.For(parts[0], parts[1]);
            }

            var count = 0;
            foreach (var rule in selected)
            {
                var i = rule.Info;
                table.AddRow(i.Id, i.Kind, i.Class, i.Severity.ToString().ToLowerInvariant(), $"{loaded.Rules.PackOf(rule)?.Name} ({i.File}:{i.Line})", string.Create(CultureInfo.InvariantCulture, $"{i.Examples.Flag.Count} flag, {i.Examples.Pass.Count} pass"));
                count++;
            }

            console.Write(table);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} rules in {loaded.Rules.Packs.Count} packs"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildTest()
    {
        var config = CommonOptions.Config();
        var packs = PackPaths();
        var command = new Command("test", "Run every rule's own examples: flag examples must be flagged at the marked span, pass examples not at all.") { config, packs };
        command.SetAction(parse =>
        {
            var loaded = new ConfigLoader().Load(parse.GetValue(config), parse.GetValue(packs));
            var output = parse.InvocationConfiguration.Output;
            var runner = new RuleExampleRunner(AnalysisDefaults.Tagger, AnalysisDefaults.LanguageIdentifierFor(loaded.Options.Languages));
            var failures = 0;
            var examples = 0;
            var skipped = 0;
            foreach (var pack in loaded.Rules.Packs)
            {
                foreach (var rule in pack.RulesWithExamples)
                {
                    var count = rule.Info.Examples.Flag.Count + rule.Info.Examples.Pass.Count;
                    if (!runner.CanRun(rule))
                    {
                        skipped += count;
                        output.WriteLine($"{rule.Info.File}:{rule.Info.Line}: {rule.Info.Id}: skipped: the rule needs {runner.Missing(rule)}, which is not available");
                        continue;
                    }

                    examples += count;
                    foreach (var failure in runner.Run(pack, rule))
                    {
                        output.WriteLine(failure.ToString());
                        failures++;
                    }
                }
            }

            var rules = loaded.Rules.AllRules.Count();
            var skippedNote = skipped == 0 ? string.Empty : $" ({skipped} examples skipped: tagger or language identifier missing)";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rules} rules, {examples} examples: {(failures == 0 ? "all pass" : $"{failures} failures")}{skippedNote}"));
            return failures == 0 ? ExitCodes.Ok : ExitCodes.ThresholdBroken;
        });
        return command;
    }
}
